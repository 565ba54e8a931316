package org.storyline.annotate.events;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.model.Place;
import org.storyline.model.TimeExpression;

/**
 * Finds event mentions with a trigger lexicon over lemmas, one mention per type per sentence.
 * Territorial triggers ("recaptured", "seized", "expelled", "siege") become GOV_REGAINS_TERIT or
 * NON_STATE_ACTOR_OVERTAKES_TER by the nearest actor word before the trigger ("government troops",
 * "rebels"). Each mention gets the sentence's date (else the publication date), its place (the
 * place named in the trigger's clause, else in its sentence, the finest first; never a demonym or
 * the dateline; else the document's most named place), its named actors and its killed/injured figures.
 */
public final class EventDetector implements Annotator {
  private static final int OBJECT_REACH = 4;
  /** What follows the place of a dateline: an optional date, an optional agency, then a dash or colon. */
  private static final Pattern DATELINE_TAIL = Pattern.compile("^(,[^.\\n]{0,30})?\\s*(\\([^)\\n]{1,20}\\))?\\s*[-–—:]");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s[-–—]\\s|,\\s(?:as|while|but|after|before|when|where|which)\\s");
  private final TriggerLexicon lexicon;

  public EventDetector(TriggerLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES, Layers.PLACES, Layers.FIGURES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    Place focus = focus(document.get(Layers.PLACES).stream().filter(p -> !p.demonym() && !isDateline(document.text(), p)).toList());
    List<EventMention> events = new ArrayList<>();
    for (Sentence s : document.get(Layers.SENTENCES)) {
      Set<String> typesHere = new LinkedHashSet<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Match m = match(tokens, i, s.endToken());
        if (m == null) {
          continue;
        }
        String type = m.trigger.type().equals("TERRITORY") ? territorial(tokens, s.firstToken(), i) : m.trigger.type();
        if (type != null && typesHere.add(type)) {
          events.add(mention(document, s, tokens.get(i).start(), tokens.get(m.end - 1).end(), type, focus,
              m.trigger.type().equals("TERRITORY") ? 0.6 : 0.5));
        }
        i = m.end - 1;
      }
    }
    return document.with(Layers.EVENTS, List.copyOf(events));
  }

  private record Match(TriggerLexicon.Trigger trigger, int end) {}

  private Match match(List<Token> tokens, int i, int limit) {
    for (TriggerLexicon.Trigger t : lexicon.startingWith(lemma(tokens.get(i)))) {
      int n = t.lemmas().size();
      if (i + n > limit) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < n && all; k++) {
        all = t.lemmas().get(k).equals(lemma(tokens.get(i + k)));
      }
      if (all && (t.objects().isEmpty() || followedBy(tokens, i + n, limit, t.objects()))) {
        return new Match(t, i + n);
      }
    }
    return null;
  }

  private static boolean followedBy(List<Token> tokens, int from, int limit, Set<String> words) {
    for (int k = from; k < Math.min(limit, from + OBJECT_REACH); k++) {
      if (words.contains(lemma(tokens.get(k))) || words.contains(lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  /** The territorial type by the nearest actor word before the trigger, or null when none says who. */
  private String territorial(List<Token> tokens, int sentenceStart, int trigger) {
    for (int k = trigger - 1; k >= sentenceStart; k--) {
      Token t = tokens.get(k);
      if (t.text().equals("is")) {
        continue; // the verb, not Islamic State
      }
      String word = lower(t.text());
      TriggerLexicon.Role role = lexicon.role(word);
      if (role == null && !word.contains("-")) {
        role = lexicon.role(lemma(t));
      }
      if (role != null) {
        return role == TriggerLexicon.Role.STATE ? "GOV_REGAINS_TERIT" : "NON_STATE_ACTOR_OVERTAKES_TER";
      }
    }
    return null;
  }

  private static EventMention mention(Document d, Sentence s, int start, int end, String type, Place focus, double confidence) {
    String text = d.text();
    String date = null;
    for (TimeExpression t : d.get(Layers.TIMES)) {
      if (s.contains(t.start()) && "DATE".equals(t.type()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
        date = t.value();
        break;
      }
    }
    if (date == null && d.article().published() != null) {
      date = d.article().published().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    Place place = null;
    for (Place p : d.get(Layers.PLACES)) {
      if (s.contains(p.start()) && !p.demonym() && !isDateline(text, p)
          && (place == null || closer(text, start, p, place))) {
        place = p;
      }
    }
    Set<String> actors = new LinkedHashSet<>();
    for (Entity e : d.get(Layers.ENTITIES)) {
      if (s.contains(e.start()) && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        actors.add(e.canonical());
      }
    }
    Long killed = null;
    Long injured = null;
    for (Figure f : d.get(Layers.FIGURES)) {
      if (!s.contains(f.start())) {
        continue;
      }
      if (f.kind() == FigureKind.KILLED) {
        killed = killed == null ? f.value() : Math.max(killed, f.value());
      } else if (f.kind() == FigureKind.INJURED) {
        injured = injured == null ? f.value() : Math.max(injured, f.value());
      }
    }
    return new EventMention(type, start, end, text.substring(s.start(), s.end()), date,
        place != null ? place : focus, List.copyOf(actors), killed, injured, confidence);
  }

  /**
   * Whether {@code p} is the better place for the event whose trigger starts at {@code trigger}
   * than {@code current}: one in the trigger's clause first, then the finer precision (a city
   * before its country, a border area before the countries it joins), then the nearer.
   */
  private static boolean closer(String text, int trigger, Place p, Place current) {
    boolean pIn = sameClause(text, trigger, p.start());
    boolean cIn = sameClause(text, trigger, current.start());
    if (pIn != cIn) {
      return pIn;
    }
    if (rank(p) != rank(current)) {
      return rank(p) < rank(current);
    }
    return Math.abs(p.start() - trigger) < Math.abs(current.start() - trigger);
  }

  /** Finest first; a region within or across countries (a border area, "northern Syria") before a country, a continent last. */
  private static int rank(Place p) {
    return switch (p.precision()) {
      case POINT -> 0;
      case CITY -> 1;
      case ADMIN1 -> 2;
      case REGION -> "CONT".equals(p.featureCode()) ? 5 : 3;
      case COUNTRY -> 4;
    };
  }

  /** No clause boundary (";", " - ", ", as ", ", while ", ", but ", ", after ") between the two offsets. */
  private static boolean sameClause(String text, int a, int b) {
    String between = text.substring(Math.min(a, b), Math.max(a, b));
    return !CLAUSE_BREAK.matcher(between).find();
  }

  /**
   * A dateline names where a report was written, not where its events happened: "Beirut (AFP) -",
   * "BEIRUT, Sept 4 (Reuters) -", "Aleppo, Syria —" at the start of a line.
   */
  private static boolean isDateline(String text, Place p) {
    boolean lineStart = p.start() == 0 || text.charAt(p.start() - 1) == '\n';
    return lineStart && DATELINE_TAIL.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 40))).find();
  }

  /** The document's most named place, preferring a city; null when it names none. */
  private static Place focus(List<Place> places) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Place> first = new HashMap<>();
    for (Place p : places) {
      String key = p.name() + "|" + p.country();
      counts.merge(key, p.geonameId() != null ? 2 : 1, Integer::sum);
      first.putIfAbsent(key, p);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
        .map(e -> first.get(e.getKey()))
        .orElse(null);
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? lower(t.text()) : lower(t.lemma());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
