package org.storyline.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusTest {
  @TempDir
  Path dir;

  @Test
  void readsTrNewsAndMovesASpanThatSitsAfterItsPhrase() throws IOException {
    Path f = dir.resolve("tr.xml");
    Files.writeString(f, """
        <?xml version="1.0" encoding="utf-8"?>
        <articles><article docid="7"><title>T</title><url> http://x.ca/a </url><dltime>2016-12-19</dltime>
        <text><![CDATA[Shots in Ankara, Turkey.]]></text>
        <toponyms><toponym><phrase>Ankara</phrase><start>11</start><end>17</end>
        <gaztag geonameid="323786"><name>Ankara</name><fcode>PPLC</fcode><lat>39.91987</lat><lon>32.85427</lon></gaztag></toponym>
        <toponym><phrase>Turkey</phrase><start>18</start><end>24</end><gaztag geonameid="298795"><lat>39</lat><lon>35</lon></gaztag></toponym>
        </toponyms></article></articles>
        """);
    GeoCorpus c = GeoCorpus.read(f);
    assertThat(c.articles()).singleElement().satisfies(a -> {
      assertThat(a.url()).isEqualTo("http://x.ca/a");
      assertThat(a.toponyms()).extracting(GeoCorpus.Toponym::start).containsExactly(9, 17);
      assertThat(a.toponyms()).allSatisfy(t -> assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.phrase()));
      assertThat(a.toponyms().get(0).geonameId()).isEqualTo(323786L);
    });
    assertThat(c.repairedSpans()).isEqualTo(2);
  }

  @Test
  void readsGeoWebNewsAndKeepsNonToponymsUnlocated() throws IOException {
    Path f = dir.resolve("gwn.xml");
    Files.writeString(f, """
        <?xml version="1.0" ?>
        <articles><article file="3"><title>T</title><link>http://n.com</link><text>The city of Paris Hilton.</text><toponyms>
        <toponym><extractedName>Paris Hilton</extractedName><type>Homonym</type><start>12</start><end>24</end></toponym>
        <toponym><extractedName>city</extractedName><type>Literal_Expression</type><start>4</start><end>8</end>
        <latitude>1</latitude><longitude>2</longitude></toponym>
        </toponyms></article></articles>
        """);
    GeoCorpus c = GeoCorpus.read(f);
    assertThat(c.articles().get(0).toponyms()).allSatisfy(t -> {
      assertThat(t.located()).isFalse();
      assertThat(t.type()).startsWith("NOT:");
    });
  }

  @Test
  void refusesADocumentTypeDeclaration() throws IOException {
    Path f = dir.resolve("evil.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><articles>&x;</articles>");
    assertThatThrownBy(() -> GeoCorpus.read(f)).isInstanceOf(IOException.class);
  }
}
