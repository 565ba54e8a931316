package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line mistakes exit 2 with a message and do nothing; help exits 0. No model is loaded. */
class UsageTest {
  @TempDir
  Path data;

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Outcome r = Cli.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("demo", "ingest", "annotate", "export", "search", "serve", "Exit status");
  }

  @Test
  void everySubcommandHasHelp() {
    // builds the whole command tree: an option name used twice (an inherited --data) fails here, not for a user
    picocli.CommandLine root = new picocli.CommandLine(new StorylineCommand());
    java.util.List<String> path = new java.util.ArrayList<>();
    assertThat(helpOfAll(root, path)).isGreaterThan(10);
  }

  private static int helpOfAll(picocli.CommandLine cmd, java.util.List<String> path) {
    int n = 1;
    for (var sub : cmd.getSubcommands().entrySet()) {
      java.util.List<String> args = new java.util.ArrayList<>(path);
      args.add(sub.getKey());
      java.util.List<String> withHelp = new java.util.ArrayList<>(args);
      withHelp.add("--help");
      assertThat(Cli.run(withHelp.toArray(String[]::new)).status()).as(String.join(" ", withHelp)).isZero();
      n += helpOfAll(sub.getValue(), args);
    }
    return n;
  }

  @Test
  void servingBeyondThisMachineNeedsATokenAndAShortTokenIsRefused() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("STORYLINE_TOKEN") == null, "STORYLINE_TOKEN is set here");
    Cli.Outcome open = Cli.run("--data", data.toString(), "serve", "--host", "0.0.0.0", "--port", "0");
    assertThat(open.status()).isEqualTo(3);
    assertThat(open.err()).contains("0.0.0.0").contains("--token");
    Cli.Outcome weak = Cli.run("--data", data.toString(), "serve", "--port", "0", "--token", "abc");
    assertThat(weak.status()).isEqualTo(3);
    assertThat(weak.err()).contains("at least 16");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli.Outcome r = Cli.run("frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("frobnicate");
  }

  @Test
  void ingestWithoutInputsIsAUsageError() {
    assertThat(Cli.run("--data", data.toString(), "ingest").status()).isEqualTo(2);
  }

  @Test
  void articlesCannotBeExportedAsCsv() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "export", "--what", "articles", "--format", "csv");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("articles can only be exported as jsonl, not csv");
  }

  @Test
  void anUnknownExportKindNamesTheAllowedOnes() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "export", "--what", "tweets");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("ARTICLES, STORIES, EVENTS");
  }

  @Test
  void anUnparsableSearchIsAUsageErrorWithTheReason() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "search", "title:(oops");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("cannot parse query 'title:(oops'");
  }

  @Test
  void searchingAnEmptyStoreFindsNothing() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "search", "aleppo");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("0 articles match 'aleppo'");
  }

  @Test
  void theDataFolderMayAlsoBeGivenAfterTheCommand() {
    Path elsewhere = data.resolve("after");
    Cli.Outcome r = Cli.run("search", "aleppo", "--data", elsewhere.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("0 articles match 'aleppo'");
    assertThat(elsewhere).exists();
  }

  @Test
  void annotateWithoutAReadableInputIsAUsageError() {
    Cli.Outcome r = Cli.run("annotate", "--input", data.resolve("none.jsonl").toString(), "--output", data.resolve("o.jsonl").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such readable file");
  }

  @Test
  void annotateRefusesToWriteOverItsInput() throws java.io.IOException {
    Path in = data.resolve("in.jsonl");
    java.nio.file.Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\"}\n");
    Cli.Outcome r = Cli.run("annotate", "--input", in.toString(), "--output", in.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("is the input file");
    assertThat(java.nio.file.Files.readString(in)).isEqualTo("{\"id\":\"a\",\"text\":\"x\"}\n");
  }

  @Test
  void aStoreInUseIsFatalWithTheFolderNamed() {
    try (var writer = org.storyline.store.lucene.LuceneStore.openForWriting(data)) {
      Cli.Outcome r = Cli.run("--data", data.toString(), "ingest", data.resolve("x.jsonl").toString());
      assertThat(r.status()).isEqualTo(3);
      assertThat(r.err()).contains(data.toString()).contains("another process is writing");
    }
  }
}
