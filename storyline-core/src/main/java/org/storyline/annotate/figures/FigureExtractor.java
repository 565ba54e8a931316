package org.storyline.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;

/**
 * Numbers of people and what they count. A number is a figure when a word for people follows it
 * ("31,500 people", "12 soldiers") or a casualty word is next to it ("killed 12", "12 dead"); never
 * when it is a date, a duration, a percentage, money or a unit ("48-hour", "five-year war").
 * The kind is the nearest cue in the clause: a cue after the number up to the next conjunction
 * ("31,500 people have been displaced"), else one before it ("has killed more than 290,000 people").
 */
public final class FigureExtractor implements Annotator {
  private static final Set<String> PEOPLE = Set.of(
      "people", "person", "persons", "civilian", "resident", "child", "woman", "man", "soldier", "troop", "fighter",
      "militant", "rebel", "refugee", "migrant", "protester", "demonstrator", "policeman", "officer", "worker",
      "student", "passenger", "victim", "inhabitant", "family", "body", "casualty", "villager", "pilgrim", "prisoner",
      "detainee", "hostage", "member", "supporter", "patient", "individual", "adult", "baby", "teenager", "miner",
      "journalist", "employee", "staff", "personnel", "insurgent", "jihadist", "gunman", "militiaman", "marine",
      "guard", "sailor", "crew", "tourist", "voter", "dead", "wounded", "injured", "missing", "displaced", "homeless");
  private static final Map<String, FigureKind> CUES = Map.ofEntries(
      Map.entry("kill", FigureKind.KILLED), Map.entry("killed", FigureKind.KILLED), Map.entry("die", FigureKind.KILLED),
      Map.entry("dead", FigureKind.KILLED), Map.entry("death", FigureKind.KILLED), Map.entry("fatality", FigureKind.KILLED),
      Map.entry("toll", FigureKind.KILLED), Map.entry("massacre", FigureKind.KILLED), Map.entry("execute", FigureKind.KILLED),
      Map.entry("body", FigureKind.KILLED), Map.entry("perish", FigureKind.KILLED), Map.entry("slay", FigureKind.KILLED),
      Map.entry("injure", FigureKind.INJURED), Map.entry("injured", FigureKind.INJURED), Map.entry("wound", FigureKind.INJURED),
      Map.entry("wounded", FigureKind.INJURED), Map.entry("hurt", FigureKind.INJURED), Map.entry("injury", FigureKind.INJURED),
      Map.entry("hospitalize", FigureKind.INJURED),
      Map.entry("displace", FigureKind.DISPLACED), Map.entry("displaced", FigureKind.DISPLACED), Map.entry("flee", FigureKind.DISPLACED),
      Map.entry("refugee", FigureKind.DISPLACED), Map.entry("homeless", FigureKind.DISPLACED), Map.entry("evacuate", FigureKind.DISPLACED),
      Map.entry("uproot", FigureKind.DISPLACED),
      Map.entry("missing", FigureKind.MISSING), Map.entry("disappear", FigureKind.MISSING),
      Map.entry("arrest", FigureKind.ARRESTED), Map.entry("detain", FigureKind.ARRESTED), Map.entry("jail", FigureKind.ARRESTED),
      Map.entry("imprison", FigureKind.ARRESTED),
      Map.entry("besiege", FigureKind.BESIEGED), Map.entry("siege", FigureKind.BESIEGED), Map.entry("trap", FigureKind.BESIEGED),
      Map.entry("encircle", FigureKind.BESIEGED), Map.entry("stranded", FigureKind.BESIEGED));
  private static final Set<String> APPROXIMATE = Set.of(
      "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "estimated", "up", "upwards",
      "close", "least", "than", "more", "fewer", "less", "under", "possibly", "perhaps", "reportedly");
  /** Words that end the clause a cue may come from; a hyphen inside a word ("rebel-controlled") is not one. */
  private static final Set<String> CLAUSE_END = Set.of("and", "but", "while", "whereas", "although", ";", ".", "--", "—", "–");
  private static final Set<String> NON_PEOPLE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "PERCENT", "MONEY", "ORDINAL");
  private static final int PEOPLE_WINDOW = 3;
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an", "have", "has", "had",
      "were", "was", "are", "is", "be", "been", "will", "would", "per", "percent", "times", "years", "year", "days", "day",
      "hours", "hour", "km", "miles", "kilometres", "kilometers", "metres", "meters", "tonnes", "tons", "dollars", "euros");
  private static final int CUE_AFTER = 12;
  private static final int CUE_BEFORE = 5;

  @Override
  public String name() {
    return "figures";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.FIGURES);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : document.get(Layers.SENTENCES)) {
      int i = s.firstToken();
      while (i < s.endToken()) {
        Span number = number(tokens, i, s.endToken());
        if (number == null) {
          i++;
          continue;
        }
        Figure f = figure(document.text(), tokens, s, number);
        if (f != null) {
          figures.add(f);
        }
        i = number.end;
      }
    }
    return document.with(Layers.FIGURES, List.copyOf(figures));
  }

  /** Tokens [start, end) that spell one number, with its value and whether it is vague. */
  private record Span(int start, int end, long value, boolean vague) {}

  private static Span number(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    if (NON_PEOPLE_TAGS.contains(t.ner())) {
      return null;
    }
    String w = t.text();
    if (NumberWords.isVague(w)) { // "hundreds", "tens of thousands"
      return new Span(i, i + 1, NumberWords.vague(w), true);
    }
    if (w.equalsIgnoreCase("tens") && i + 2 < limit && tokens.get(i + 1).text().equalsIgnoreCase("of")
        && NumberWords.isVague(tokens.get(i + 2).text())) {
      return new Span(i, i + 3, NumberWords.vague(tokens.get(i + 2).text()) * 10, true);
    }
    double decimal = NumberWords.decimal(w);
    OptionalLong cardinal = NumberWords.cardinal(w);
    boolean article = NumberWords.isArticle(w) && i + 1 < limit && NumberWords.isScale(tokens.get(i + 1).text());
    if (cardinal.isEmpty() && Double.isNaN(decimal) && !article) {
      return null;
    }
    double value = article ? 1 : (cardinal.isPresent() ? cardinal.getAsLong() : decimal);
    int end = i + 1;
    while (end < limit && NumberWords.isScale(tokens.get(end).text())) {
      value *= NumberWords.scale(tokens.get(end).text());
      end++;
    }
    if (!Double.isNaN(decimal) && end == i + 1) {
      return null; // "1.5" alone is not a count of people
    }
    return new Span(i, end, Math.round(value), false);
  }

  private static Figure figure(String text, List<Token> tokens, Sentence s, Span n) {
    Token last = tokens.get(n.end - 1);
    if (last.text().contains("-") && !last.text().matches("(?i)[a-z]+-[a-z]+") || isYear(tokens, n)) {
      return null;
    }
    boolean people = false;
    for (int k = n.end; k < Math.min(s.endToken(), n.end + PEOPLE_WINDOW + 1); k++) {
      String lemma = lemma(tokens.get(k));
      if (k == n.end && n.vague && lemma.equals("of")) {
        continue; // "hundreds of people"
      }
      if (PEOPLE.contains(lemma) || PEOPLE.contains(lower(tokens.get(k).text()))) {
        people = true;
        break;
      }
      if (!isModifier(tokens.get(k))) {
        break;
      }
    }
    FigureKind after = null;
    int afterDistance = Integer.MAX_VALUE;
    for (int k = n.end; k < Math.min(s.endToken(), n.end + CUE_AFTER); k++) {
      String lemma = lemma(tokens.get(k));
      if (CLAUSE_END.contains(lemma) && k > n.end) {
        break;
      }
      FigureKind kind = cue(tokens, k);
      if (kind != null) {
        after = kind;
        afterDistance = k - n.end;
        break;
      }
    }
    FigureKind before = null;
    for (int k = n.start - 1; k >= Math.max(s.firstToken(), n.start - CUE_BEFORE); k--) {
      FigureKind kind = cue(tokens, k);
      if (kind != null) {
        before = kind;
        break;
      }
      if (CLAUSE_END.contains(lemma(tokens.get(k)))) {
        break;
      }
    }
    boolean casualtyAdjacent = (after != null && afterDistance <= 1) || before != null;
    if (!people && !casualtyAdjacent) {
      return null;
    }
    FigureKind kind = after != null ? after : (before != null ? before : FigureKind.PEOPLE);
    boolean approximate = n.vague || approximateBefore(tokens, n.start, s.firstToken());
    int start = tokens.get(n.start).start();
    int end = tokens.get(n.end - 1).end();
    return new Figure(start, end, text.substring(start, end), n.value, kind, approximate);
  }

  private static FigureKind cue(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (lemma(t).equals("cut") && k + 1 < tokens.size() && lower(tokens.get(k + 1).text()).equals("off")) {
      return FigureKind.BESIEGED; // "cut off from the outside world"
    }
    FigureKind kind = CUES.get(lemma(t));
    return kind != null ? kind : CUES.get(lower(t.text()));
  }

  /**
   * A word that may stand between a number and its noun ("12 Syrian soldiers", "250,000 more
   * people"): an adjective when the tokenizer tagged parts of speech, otherwise any word that is
   * not a function word or another number (Storyline's default pipeline runs no tagger).
   */
  private static boolean isModifier(Token t) {
    if (t.pos() != null) {
      return t.pos().startsWith("JJ") || t.pos().equals("RBR");
    }
    String w = lower(t.text());
    return !FUNCTION_WORDS.contains(w) && w.chars().allMatch(Character::isLetter) && !t.isNumber();
  }

  private static boolean approximateBefore(List<Token> tokens, int start, int sentenceStart) {
    for (int k = start - 1; k >= Math.max(sentenceStart, start - 2); k--) {
      if (APPROXIMATE.contains(lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(List<Token> tokens, Span n) {
    String w = tokens.get(n.start).text();
    return n.end == n.start + 1 && w.matches("(1[89]|20)\\d\\d");
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? lower(t.text()) : lower(t.lemma());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
