package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameFoldingTest {
  @Test
  void foldsCaseDiacriticsAndPunctuationAlike() {
    assertThat(NameFolding.fold("Al-Qaeda")).isEqualTo("al qaeda");
    assertThat(NameFolding.fold("  al  Qaeda! ")).isEqualTo("al qaeda");
    assertThat(NameFolding.fold("Erdoğan")).isEqualTo("erdogan");
    assertThat(NameFolding.fold("Straße in Łódź")).isEqualTo("strasse in lodz");
    assertThat(NameFolding.foldTight("U.N. Security-Council")).isEqualTo("unsecuritycouncil");
  }

  @Test
  void theAsciiPathAgreesWithTheUnicodePath() {
    // "é" forces the Unicode path; appended to random ASCII it must fold to the ASCII path's answer + " e"-free tail
    Random random = new Random(7);
    String alphabet = "abcXYZ019 -.,'()&/";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String ascii = b.toString();
      assertThat(NameFolding.fold(ascii + " é").replaceAll(" ?e$", "")).as(ascii).isEqualTo(NameFolding.fold(ascii));
    }
  }
}
