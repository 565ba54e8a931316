package org.storyline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.export.Exporter;
import org.storyline.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code storyline export}: what the store holds, in the contract's formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the stored articles, stories or events to standard output, or to --out. articles and stories: jsonl. events: csv (ACLED-like columns), jsonl or geojson.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  StorylineCommand top;

  @Option(names = "--what", required = true, paramLabel = "KIND", description = "articles, stories or events.")
  Exporter.What what;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), csv or geojson.")
  Exporter.Format format = Exporter.Format.JSONL;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Exporter.supports(what, format)) {
      throw new ParameterException(top.spec.commandLine(), what.name().toLowerCase(Locale.ROOT)
          + " can only be exported as jsonl, not " + format.name().toLowerCase(Locale.ROOT));
    }
    Path data = top.dataDir(StorylineCommand.DEFAULT_DATA);
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      if (out == null) {
        OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16); // flushed, never closed
        Exporter.export(store, what, format, stdout);
      } else {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          long n = Exporter.export(store, what, format, file);
          System.err.printf("storyline: %d %s written to %s%n", n, what.name().toLowerCase(Locale.ROOT), out);
        }
      }
    }
    return ExitCodes.OK;
  }
}
