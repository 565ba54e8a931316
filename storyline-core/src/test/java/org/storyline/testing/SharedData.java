package org.storyline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared development data (../shared/data): tests that need it skip cleanly when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The folder, or a skipped test when it is not there. */
  public static Path require(String relative) {
    String root = System.getProperty("storyline.shared", "../shared");
    Path p = Path.of(root, "data").resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), () -> "shared data not present: " + p + " (test skipped)");
    return p;
  }
}
