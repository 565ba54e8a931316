package org.storyline.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.TimeExpression;

class TimeEvalTest {
  @TempDir
  Path dir;

  @Test
  void readsTheTextTheDctAndTheGoldOffsetsOfATimemlFile() throws Exception {
    Path f = dir.resolve("X.tml");
    Files.writeString(f, """
        <?xml version="1.0" ?>
        <TimeML><DOCID>X</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13T14:26:00" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
        <TEXT>Troops &amp; tanks left <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> after \
        <EVENT eid="e1">a</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2W">two-week</TIMEX3> siege.</TEXT>
        </TimeML>
        """);
    TimemlDocument d = TimemlDocument.read(f);
    assertThat(d.dct()).isEqualTo(LocalDate.of(1998, 2, 13));
    assertThat(d.text()).isEqualTo("Troops & tanks left Friday after a two-week siege.");
    assertThat(d.gold()).extracting(TimeExpression::text).containsExactly("Friday", "two-week");
    assertThat(d.text().substring(d.gold().get(0).start(), d.gold().get(0).end())).isEqualTo("Friday");
  }

  @Test
  void matchesRelaxedByOverlapAndCountsValuesOnlyOnMatches() {
    TimemlDocument d = new TimemlDocument("d", "on Sunday and the five-year war", LocalDate.of(2016, 9, 4), List.of(
        new TimeExpression(3, 9, "Sunday", "DATE", "2016-09-04"),
        new TimeExpression(18, 27, "five-year", "DURATION", "P5Y")), false);
    TimeEval.Scores s = TimeEval.match(d, List.of(
        new TimeExpression(0, 9, "on Sunday", "DATE", "2016-09-04"),
        new TimeExpression(18, 27, "five-year", "DURATION", "P4Y"),
        new TimeExpression(28, 31, "war", "DATE", "X")), null);
    assertThat(s.relaxed()).isEqualTo(2);
    assertThat(s.strict()).isEqualTo(1);
    assertThat(s.valueCorrect()).isEqualTo(1);
    assertThat(s.valueF1()).isEqualTo(2.0 * 1 / (2 + 3));
    assertThat(s.typeAccuracy()).isEqualTo(1.0);
  }

  @Test
  void theHeldOutSplitIsAStableQuarterOfTheFiles() {
    assertThat(TimemlDocument.heldOut("ABC19980108.1830.0711.tml")).isEqualTo(TimemlDocument.heldOut("ABC19980108.1830.0711.tml"));
    long held = java.util.stream.IntStream.range(0, 4000).filter(i -> TimemlDocument.heldOut("f" + i + ".tml")).count();
    assertThat(held).isBetween(800L, 1200L);
  }
}
