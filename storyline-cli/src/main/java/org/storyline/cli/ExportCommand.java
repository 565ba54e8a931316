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
    try (LuceneStore store = LuceneStore.openReadOnly(data);
         OutputStream o = out == null ? new NonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(out))) {
      long n = Exporter.export(store, what, format, o);
      if (out != null) {
        System.err.printf("storyline: %d %s written to %s%n", n, what.name().toLowerCase(Locale.ROOT), out);
      }
    }
    return ExitCodes.OK;
  }

  /** Standard output stays open after the export, for whatever the JVM prints next. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
