package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
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
  private final List<Result<ArticleInput>> unreadable = new ArrayList<>();

  FileTreeSource(Path root, String name, Sources sources) {
    this.root = root;
    this.name = name;
    this.sources = sources;
  }

  @Override
  public String name() {
    return name;
  }

  /** Supported files in path order; folders and files that cannot be listed go to {@link #unreadable}. */
  private List<Path> files() {
    if (files == null) {
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(root) || !isHidden(root.relativize(dir)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(root.relativize(file)) && Sources.kindOf(file) != Sources.Kind.UNKNOWN) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.add(Result.rejected(displayName(file), "cannot read: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage())));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        unreadable.add(Result.rejected(name, "cannot list the folder: " + e.getMessage()));
      }
      found.sort(null);
      files = found;
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
    Iterator<Result<ArticleInput>> failures = unreadable.iterator();
    return Lookahead.concat(new Iterator<Iterator<Result<ArticleInput>>>() {
      private boolean failuresGiven;

      @Override
      public boolean hasNext() {
        return !failuresGiven || paths.hasNext();
      }

      @Override
      public Iterator<Result<ArticleInput>> next() {
        if (!failuresGiven) {
          failuresGiven = true;
          return failures;
        }
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
