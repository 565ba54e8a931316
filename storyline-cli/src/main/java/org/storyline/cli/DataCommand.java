package org.storyline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.annotate.places.GazetteerCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline data ...}: maintainers' commands that rebuild the data Storyline ships. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "For maintainers: rebuilds the compact resources Storyline ships from the shared development data (../shared/data). Their outputs are committed; users never need these commands.",
    subcommands = {DataCommand.Gazetteer.class, DataCommand.Organizations.class, DataCommand.Actors.class, DataCommand.DemoCorpus.class})
final class DataCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static Path requireFolder(CommandSpec spec, Path shared) {
    if (!Files.isDirectory(shared)) {
      throw new ParameterException(spec.commandLine(), "--shared " + shared + ": no such folder");
    }
    return shared;
  }

  @Command(name = "gazetteer", mixinStandardHelpOptions = true,
      description = "Compiles the gazetteer resource from GeoNames cities500, admin1, the 1:50m country outlines and CountryInfo.")
  static final class Gazetteer implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default ${DEFAULT-VALUE}).")
    Path out = Path.of("storyline-core/src/main/resources/org/storyline/annotate/places/gazetteer.bin.gz");

    @Override
    public Integer call() {
      Path root = requireFolder(spec, shared);
      GazetteerCompiler.run(new GazetteerCompiler.Inputs(root.resolve("gazetteer"), root.resolve("map/countries-50m.json"),
          root.resolve("events/CountryInfo.120116.txt")), out, System.err::println);
      return ExitCodes.OK;
    }
  }

  @Command(name = "organizations", mixinStandardHelpOptions = true,
      description = "Compiles the organisation list from the Phoenix actor dictionaries (intergovernmental organisations, NGOs, armed groups).")
  static final class Organizations implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default ${DEFAULT-VALUE}).")
    Path out = Path.of("storyline-core/src/main/resources/org/storyline/annotate/entities/organizations-phoenix.tsv.gz");

    @Override
    public Integer call() {
      Path root = requireFolder(spec, shared);
      org.storyline.annotate.entities.OrganizationCompiler.run(root.resolve("events/petrarch2-dictionaries"), out, System.err::println);
      return ExitCodes.OK;
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Compiles the actor dictionary (agent nouns, nationalities, capitals) from Phoenix.agents.txt and CountryInfo.")
  static final class Actors implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default ${DEFAULT-VALUE}).")
    Path out = Path.of("storyline-core/src/main/resources/org/storyline/annotate/events/actor-dictionary.tsv.gz");

    @Override
    public Integer call() {
      Path root = requireFolder(spec, shared);
      org.storyline.annotate.events.ActorDictionaryCompiler.run(root.resolve("events/petrarch2-dictionaries"),
          root.resolve("events/CountryInfo.120116.txt"), out, System.err::println);
      return ExitCodes.OK;
    }
  }

  @Command(name = "demo-corpus", mixinStandardHelpOptions = true,
      description = "Selects the demo corpus from ECB+ dev: dated articles, violence, disasters and conflict first.")
  static final class DemoCorpus implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default ${DEFAULT-VALUE}).")
    Path out = Path.of("storyline-cli/src/main/resources/org/storyline/cli/" + DemoCommand.CORPUS);

    @Option(names = "--size", paramLabel = "N", description = "Articles to select (default ${DEFAULT-VALUE}).")
    int size = 150;

    @Override
    public Integer call() throws IOException {
      Path root = requireFolder(spec, shared);
      int n = new DemoCorpusBuilder().build(root.resolve("clusters/ecbplus-dev.jsonl"), out, size);
      System.err.printf("%s: %d articles%n", out, n);
      return ExitCodes.OK;
    }
  }
}
