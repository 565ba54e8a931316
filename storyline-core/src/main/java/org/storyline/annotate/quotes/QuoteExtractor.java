package org.storyline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.model.TextSpan;

/**
 * Direct quotes: text between quotation marks (straight or curly) of at least {@value #MIN_WORDS}
 * words, so that scare quotes ("ideas", "terrorism") are not taken for speech. A quote left open at
 * the end of a paragraph closes there (the wire convention for multi-paragraph quotes). The speaker
 * is the person or organisation next to a speech verb right after the quote (", Mr Lavrov said") or
 * right before it ("Kerry said: "), and a pronoun speaker ("he said") is the last person named before.
 */
public final class QuoteExtractor implements Annotator {
  static final int MIN_WORDS = 4;
  private static final Pattern CUE = Pattern.compile(
      "\\b(said|says|say|told|tells|added|adds|stressed|stresses|asked|asks|warned|warns|explained|noted|insisted|"
          + "argued|declared|announced|wrote|writes|claimed|claims|according to|stated|continued|replied|urged|"
          + "acknowledged|admitted|observed|commented|tweeted|quoted)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
  private static final int CUE_REACH = 80;

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    List<Entity> speakers = document.get(Layers.ENTITIES).stream()
        .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        .toList();
    List<Quote> quotes = new ArrayList<>();
    for (int[] q : quotedSpans(text)) {
      String content = text.substring(q[0], q[1]);
      if (content.strip().split("\\s+").length < MIN_WORDS) {
        continue;
      }
      quotes.add(attribute(text, q, speakers));
    }
    return document.with(Layers.QUOTES, List.copyOf(quotes));
  }

  /** Content spans [start, end) between quotation marks, paragraph by paragraph. */
  static List<int[]> quotedSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0) {
        spans.add(new int[] {open, trimEnd(text, open, i)});
        open = -1;
        continue;
      }
      if (c == '“' || (c == '"' && open < 0)) {
        open = i + 1;
      } else if ((c == '”' || c == '"') && open >= 0) {
        spans.add(new int[] {open, trimEnd(text, open, i)});
        open = -1;
      }
    }
    if (open >= 0) {
      spans.add(new int[] {open, trimEnd(text, open, text.length())});
    }
    spans.removeIf(s -> s[1] <= s[0]);
    return spans;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private Quote attribute(String text, int[] q, List<Entity> speakers) {
    TextSpan content = TextSpan.of(text, q[0], q[1]);
    int after = Math.min(text.length(), q[1] + 1);
    int lineEnd = indexOrEnd(text, '\n', after);
    // after the quote: "...," Mr Lavrov said. / "...," said Kerry.
    String tail = text.substring(after, Math.min(lineEnd, after + CUE_REACH));
    Matcher m = CUE.matcher(tail);
    if (m.find() && tail.substring(0, m.start()).indexOf('"') < 0 && tail.substring(0, m.start()).indexOf('“') < 0) {
      TextSpan cue = TextSpan.of(text, after + m.start(), after + m.end());
      TextSpan speaker = nearest(speakers, after, Math.min(lineEnd, after + CUE_REACH + 40), cue, text);
      return new Quote(content.start(), content.end(), content.text(), speaker, cue);
    }
    // before the quote: Kerry said: "..." / He added: "..."
    int lineStart = text.lastIndexOf('\n', q[0] - 1) + 1;
    int from = Math.max(lineStart, q[0] - 1 - CUE_REACH);
    String head = text.substring(from, Math.max(from, q[0] - 1));
    int lastStart = -1;
    int lastEnd = -1;
    Matcher mm = CUE.matcher(head);
    while (mm.find()) {
      lastStart = mm.start();
      lastEnd = mm.end();
    }
    if (lastStart >= 0) {
      TextSpan cue = TextSpan.of(text, from + lastStart, from + lastEnd);
      TextSpan speaker = nearest(speakers, from, q[0], cue, text);
      return new Quote(content.start(), content.end(), content.text(), speaker, cue);
    }
    return new Quote(content.start(), content.end(), content.text(), null, null);
  }

  /**
   * The speaker mention closest to the cue within [from, to); a pronoun next to the cue stands for
   * the last person named before it.
   */
  private static TextSpan nearest(List<Entity> speakers, int from, int to, TextSpan cue, String text) {
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Entity e : speakers) {
      if (e.start() < from || e.end() > to) {
        continue;
      }
      int distance = e.end() <= cue.start() ? cue.start() - e.end() : e.start() - cue.end();
      if (distance >= 0 && distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= 60) {
      return new TextSpan(best.start(), best.end(), best.text());
    }
    Matcher pronoun = Pattern.compile("\\b(he|she|they|it)\\b", Pattern.CASE_INSENSITIVE)
        .matcher(text.substring(Math.max(0, cue.start() - 12), Math.min(text.length(), cue.end() + 12)));
    if (pronoun.find() && PRONOUNS.contains(pronoun.group(1).toLowerCase(Locale.ROOT))) {
      Entity antecedent = null;
      for (Entity e : speakers) {
        if (e.type() == EntityType.PERSON && e.end() <= cue.start()) {
          antecedent = e;
        }
      }
      if (antecedent != null) {
        return new TextSpan(antecedent.start(), antecedent.end(), antecedent.text());
      }
    }
    return null;
  }

  private static int indexOrEnd(String text, char c, int from) {
    int i = text.indexOf(c, from);
    return i < 0 ? text.length() : i;
  }
}
