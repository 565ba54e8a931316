package org.storyline.annotate.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;

/**
 * Attaches the killed, injured and displaced figures of a sentence to the event its trigger
 * states: the figures of the trigger's clause when it has one of that kind, else of the sentence.
 * Clauses end at ";", ":", a dash, or a comma before a conjunction ("..., while", "..., as"), so
 * "Shelling killed 6 in Homs, while a quake left 30 dead in Van" gives each event its own figure.
 *
 * <p>Only events that cause casualties get figures: talks, claims, arrests, agreements and the
 * other strategic developments get none, so "negotiations ... to end the conflict that has killed
 * more than 290,000 people" gives the talks no fatalities.
 */
final class FigureAttachment {
  /** Where a clause ends inside a sentence. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "[;:]|\\s[-–—]\\s|,\\s+(?:while|as|but|and|whereas|after|before|when|meanwhile|although)\\b");
  private static final Set<String> NO_CASUALTIES = Set.of("DIPLO", "ATTRIB", "AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT",
      "DISR_WEAP", "HQ_ESTABLISHED", "NON_VIOL_TERRIT_TRANSFER");

  /** The figures of one event: null where the text states none. */
  record Attached(Long killed, Long injured, Long displaced) {
    static final Attached NONE = new Attached(null, null, null);
  }

  /**
   * @param sentenceStart  offset of the sentence in the text
   * @param sentenceText   the sentence
   * @param trigger        offset of the trigger in the text
   * @param figures        the figures of the sentence
   */
  Attached attach(String type, int sentenceStart, String sentenceText, int trigger, List<Figure> figures) {
    if (NO_CASUALTIES.contains(type)) {
      return type.equals("NON_VIOL_TERRIT_TRANSFER")
          ? new Attached(null, null, pick(FigureKind.DISPLACED, sentenceStart, sentenceText, trigger, figures))
          : Attached.NONE;
    }
    return new Attached(pick(FigureKind.KILLED, sentenceStart, sentenceText, trigger, figures),
        pick(FigureKind.INJURED, sentenceStart, sentenceText, trigger, figures),
        pick(FigureKind.DISPLACED, sentenceStart, sentenceText, trigger, figures));
  }

  private static Long pick(FigureKind kind, int sentenceStart, String text, int trigger, List<Figure> figures) {
    int[] clause = clause(text, trigger - sentenceStart);
    Long inClause = largest(kind, figures, sentenceStart + clause[0], sentenceStart + clause[1]);
    return inClause != null ? inClause : largest(kind, figures, sentenceStart, sentenceStart + text.length());
  }

  /** The largest figure of a kind in [from, to): several figures of one kind add up to at most the largest ("at least 6 ... 4 of them children"). */
  private static Long largest(FigureKind kind, List<Figure> figures, int from, int to) {
    Long best = null;
    for (Figure f : figures) {
      // a running total ("the war that has killed 290,000") is not this event's toll
      if (f.kind() == kind && !f.cumulative() && f.start() >= from && f.start() < to && (best == null || f.value() > best)) {
        best = f.value();
      }
    }
    return best;
  }

  /** The clause around {@code at} (an offset into the sentence) as [start, end). */
  static int[] clause(String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    Matcher m = CLAUSE_BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= at) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }
}
