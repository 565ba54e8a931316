package org.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Every supported file under a folder, recursively, in path order (so ids and ingest order are
 * stable): {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, feeds ({@code .xml},
 * {@code .rss}, {@code .atom}) and {@code .warc}/{@code .warc.gz}. Hidden files and other types are
 * left alone.
 */
final class FileTreeSource implements ArticleSource {
  private final Path root;
  private final String name;
  private final Sources sources;
  private ArticleSource current;
  private List<Path> files;

  FileTreeSource(Path root, String name, Sources sources) {
    this.root = root;
    this.name = name;
    this.sources = sources;
  }

  @Override
  public String name() {
    return name;
  }

  private List<Path> files() {
    if (files == null) {
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> !isHidden(root.relativize(p)))
            .filter(p -> Sources.kindOf(p) != Sources.Kind.UNKNOWN)
            .sorted()
            .toList();
      } catch (IOException | UncheckedIOException e) {
        files = List.of();
      }
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public OptionalLong estimatedSize() {
    long total = 0;
    for (Path file : files()) {
      if (Sources.kindOf(file) == Sources.Kind.JSONL) {
        OptionalLong lines = new JsonlSource(file, file.toString(), sources.settings()).estimatedSize();
        total += lines.orElse(1);
      } else {
        total++;
      }
    }
    return OptionalLong.of(total);
  }

  @Override
  public Iterator<Result<ArticleInput>> iterator() {
    if (!Files.isReadable(root)) {
      return List.<Result<ArticleInput>>of(Result.rejected(name, "folder is not readable")).iterator();
    }
    Iterator<Path> paths = files().iterator();
    return Lookahead.concat(new Iterator<Iterator<Result<ArticleInput>>>() {
      @Override
      public boolean hasNext() {
        return paths.hasNext();
      }

      @Override
      public Iterator<Result<ArticleInput>> next() {
        close(); // one file open at a time, however large the folder
        Path file = paths.next();
        current = sources.openFile(file, displayName(file));
        return current.iterator();
      }
    });
  }

  private String displayName(Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return name.endsWith("/") ? name + relative : name + "/" + relative;
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
