package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./storyline launcher: without a JDK 21+ it says so in one line and exits 3. */
class LauncherIT {
  @TempDir
  Path empty;

  @Test
  void saysInOneLineThatItNeedsJava21WhenNoneIsFound() throws IOException, InterruptedException {
    Path launcher = Path.of(System.getProperty("storyline.launcher", "../storyline"));
    Assumptions.assumeTrue(Files.isExecutable(launcher), "launcher not found: " + launcher);
    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
    pb.environment().remove("JAVA_HOME");
    pb.environment().put("PATH", empty + ":/usr/bin/nonexistent:/bin"); // no java on PATH
    pb.environment().put("STORYLINE_JDK_DIRS", ""); // and nowhere else to look
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(3);
    assertThat(output.strip().lines()).singleElement().asString()
        .startsWith("storyline: needs Java 21 or newer").contains("set JAVA_HOME");
  }
}
