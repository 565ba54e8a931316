package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String WIRE = "Syrian government troops renewed the siege of rebel-held parts of Aleppo on Sunday, a monitor said. "
      + "The development leaves about 250,000 people cut off from the outside world once again. "
      + "\"The regime is comfortably in control,\" the head of the Observatory said in a statement on Sunday evening. "
      + "Aid agencies said food and medicine would run out within weeks unless a corridor was opened for convoys.";
  private final MinHasher hasher = new MinHasher(MinHasher.Settings.DEFAULTS);

  private TextSignature sign(String text) {
    return hasher.sign(text).orElseThrow();
  }

  @Test
  void quotesCaseAndSpacingDoNotChangeTheSignature() {
    String restyled = WIRE.replace("\"", "“").replace(" ", "  ").replace(". ", ".\n\n").toUpperCase(java.util.Locale.ROOT);
    assertThat(sign(restyled)).isEqualTo(sign(WIRE));
  }

  @Test
  void aTrimmedCopyOverlapsItsOriginalAndAnotherReportDoesNot() {
    String trimmed = "Share this article. " + WIRE.substring(0, WIRE.indexOf("Aid agencies"));
    String other = "Rebels in eastern Aleppo said on Sunday that government forces had encircled the districts again, "
        + "and residents described queues for bread and fuel while the United Nations called for a pause in the fighting.";
    NearDuplicates.Settings s = NearDuplicates.Settings.DEFAULTS;
    List<NearDuplicates.Candidate> candidates = List.of(new NearDuplicates.Candidate("orig", 0, sign(WIRE)),
        new NearDuplicates.Candidate("other", 1, sign(other)));
    assertThat(sign(trimmed).overlap(sign(WIRE))).isGreaterThan(0.8);
    assertThat(NearDuplicates.best(sign(trimmed), candidates, s)).map(NearDuplicates.Match::id).contains("orig");
    assertThat(NearDuplicates.best(sign(other), List.of(candidates.get(0)), s)).isEmpty();
  }

  @Test
  void theIndexFindsTheEarliestOfEqualCopiesAndForgetsOnClear() {
    NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicates.Settings.DEFAULTS);
    index.add("first", sign(WIRE));
    index.add("second", sign(WIRE));
    assertThat(index.find(sign("Updated: " + WIRE))).map(NearDuplicates.Match::id).contains("first");
    index.clear();
    assertThat(index.find(sign(WIRE))).isEmpty();
  }

  @Test
  void signaturesSurviveTheirBytesAndTooShortTextsHaveNone() {
    TextSignature s = sign(WIRE);
    byte[] b = s.toBytes();
    assertThat(TextSignature.fromBytes(b, 0, b.length)).isEqualTo(s);
    assertThat(s.bandKeys(2)).hasSize(64).doesNotHaveDuplicates();
    assertThat(hasher.sign("Too short.")).isEmpty();
  }

  @Test
  void settingsNameTheBadKeyAndValue() {
    assertThatThrownBy(() -> new MinHasher.Settings(128, 3, 3, 8)).hasMessage("dedup.bandRows must divide dedup.hashes (128), was 3");
    assertThatThrownBy(() -> new NearDuplicates.Settings(MinHasher.Settings.DEFAULTS, 1.5, 0.2, 8))
        .hasMessage("dedup.threshold must be in (0, 1], was 1.5");
  }
}
