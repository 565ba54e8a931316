package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.StoredArticle;
import org.storyline.store.Checkpoint;

/**
 * The commit policy under a real crash: a child JVM adds and commits articles, printing each id
 * once its commit has returned, and is killed with SIGKILL mid-stream. Every acknowledged article
 * must be in the reopened store.
 */
class KillNineIT {
  @TempDir
  Path data;

  /** The child: commits one article at a time, acknowledging each on stdout, until killed. */
  public static void main(String[] args) {
    try (LuceneStore store = LuceneStore.openForWriting(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        store.add(StoredRecords.article("a" + i, i, "title " + i, "text " + "word ".repeat(200) + i), List.of("i:a" + i));
        if (i % 3 != 2) { // some additions wait for the next commit: never acknowledged if killed in between
          store.commit(new Checkpoint(i + 1, org.storyline.stories.StoryClusterer.State.EMPTY, org.storyline.events.EventMerger.State.EMPTY));
          System.out.println("acked a" + i);
          System.out.flush();
        }
      }
    }
  }

  @Test
  void everyAcknowledgedArticleSurvivesKillMinusNine() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillNineIT.class.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Set<String> acked = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acked.size() < 40 && (line = out.readLine()) != null) {
        acked.add(line.substring("acked ".length()));
      }
      // SIGKILL from outside: Process.destroyForcibly would also close our end of its output
      new ProcessBuilder("kill", "-9", Long.toString(child.pid())).inheritIO().start().waitFor();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isEqualTo(137);
      while ((line = out.readLine()) != null) {
        acked.add(line.substring("acked ".length())); // acknowledged before the kill landed
      }
    }
    assertThat(acked).hasSizeGreaterThanOrEqualTo(40);
    try (LuceneStore store = LuceneStore.openForWriting(data)) { // reopens, and takes the lock the dead child held
      Set<String> stored = new HashSet<>();
      store.scanArticles(a -> stored.add(a.id()));
      assertThat(stored).containsAll(acked);
      assertThat(store.checkpoint()).isPresent();
      StoredArticle any = store.article("a0").orElseThrow();
      assertThat(any.annotated().article().text()).endsWith("0");
    }
  }
}
