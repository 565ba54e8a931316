package org.storyline.annotate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryCompilerTest {
  @TempDir
  Path dir;

  private String compile(String agents, String countryInfo) throws Exception {
    Files.writeString(dir.resolve("Phoenix.agents.txt"), agents, StandardCharsets.ISO_8859_1);
    Files.writeString(dir.resolve("CountryInfo.txt"), countryInfo, StandardCharsets.ISO_8859_1);
    Path out = dir.resolve("out/actor-dictionary.tsv.gz");
    new ActorDictionaryCompiler().compile(dir, dir.resolve("CountryInfo.txt"), out);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsAgentsOfEventKindsWithTheirRoleAndCountriesWithTheirNationalities() throws Exception {
    String tsv = compile("""
        # comment
        SOLDIER [~MIL]
        RIOT_POLICE {} [~COP]
        REBEL_COMMANDER [~REB]
        BANKER [~BUS]
        NEIGHBOURHOOD [~CVL]
        CIVILIAN [~CVL]
        """, """
        <!-- docs that name <Country> and <Nationality> tags -->
        <Country>
        <CountryName>SYRIA</CountryName>
        <ISO3166-alpha2>SY</ISO3166-alpha2>
        <Nationality>
        	SYRIAN_
        </Nationality>
        <Capital>
        	DAMASCUS_
        </Capital>
        </Country>
        """);
    assertThat(tsv.lines()).contains("soldier\tSTATE_FORCES\t", "riot police\tSTATE_FORCES\t", "rebel commander\tREBELS\t",
        "civilian\tCIVILIANS\t", "syrian\tNATION\tSY", "damascus\tNATION\tSY", "syria\tNATION\tSY", "Syria\tCOUNTRY\tSY");
    assertThat(tsv).doesNotContain("banker").doesNotContain("neighbourhood"); // no event actor; a place, not people
  }
}
