package org.storyline.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.store.InvalidQueryException;
import org.storyline.store.Page;
import org.storyline.store.SearchHit;
import org.storyline.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code storyline search "QUERY"}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches titles, texts, entity names and place names in Lucene query syntax; terms are ANDed unless OR is written. Examples: 'aleppo siege', 'title:\"peace talks\"', 'entities:Kerry', 'places:Aleppo AND (siege OR offensive)'. Prints the best matches, best first.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand
  StorylineCommand top;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default ${DEFAULT-VALUE}).")
  int offset = 0;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw new ParameterException(top.spec.commandLine(), "--limit must be 1..1000 and --offset at least 0");
    }
    String query = String.join(" ", words);
    try (LuceneStore store = LuceneStore.openReadOnly(top.dataDir(StorylineCommand.DEFAULT_DATA))) {
      Page<SearchHit> page = store.search(query, offset, limit);
      System.out.printf(Locale.ROOT, "%d articles match '%s'%n", page.total(), query);
      for (SearchHit h : page.items()) {
        System.out.printf(Locale.ROOT, "%n%.2f  %s  %s  %s%n      id %s, story %s%n      %s%n", h.score(),
            h.published() == null ? "----------" : h.published().toLocalDate(), h.source() == null ? "-" : h.source(),
            h.title() == null ? "(untitled)" : h.title(), h.id(), h.story(), h.snippet().replaceAll("\\s+", " ").strip());
      }
      return ExitCodes.OK;
    } catch (InvalidQueryException e) {
      throw new ParameterException(top.spec.commandLine(), e.getMessage());
    }
  }
}
