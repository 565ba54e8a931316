package org.storyline.annotate.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.ActorRole;
import org.storyline.model.Entity;
import org.storyline.model.EventActor;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.EventType;
import org.storyline.model.Place;
import org.storyline.model.TimeExpression;

/**
 * Finds event mentions: each sentence's event types are scored by a weighted trigger lexicon ({@link
 * TypeClassifier}); the best type is an event when it scores at least {@link #MIN_SCORE} and is
 * asserted (not negated, wished or planned), and so is a second type of another ACLED family that
 * scores at least {@link #SECOND_SHARE} of it. Territorial triggers ("recaptured", "seized",
 * "expelled", "siege") become GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER by who gains, the
 * nearest actor before the trigger ({@link ActorRoles}); with nobody named, no event. Each mention
 * gets its sentence's date nearest the trigger (else the publication date), its place (the place
 * named in the trigger's clause, else in its sentence, the finest first; never a demonym or the
 * dateline; else the document's most named place), actor1/actor2 with their kinds, and the
 * killed/injured/displaced figures of its clause ({@link FigureAttachment}). A sentence dated more
 * than {@link #BACKGROUND_DAYS} before publication is background ("the war that began with protests
 * in March 2011"), not news: no event.
 */
public final class EventDetector implements Annotator {
  /** Least score of an event: one strong trigger (weight 2) or two generic ones. */
  static final double MIN_SCORE = 2.0;
  /** Least share of the best type's score for a second event in one sentence (of another family). */
  static final double SECOND_SHARE = 0.75;
  /** Events further back than this before publication are the story's background. */
  static final long BACKGROUND_DAYS = 180;
  /** A TIMEX3 value that names a day or a month ("2016-09-04", "2016-09", "2016-09-04TNI"): an event's date. */
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?(?![\\d-])");
  /** What follows the place of a dateline: an optional date, an optional agency, then a dash or colon. */
  private static final Pattern DATELINE_TAIL = Pattern.compile("^(,[^.\\n]{0,30})?\\s*(\\([^)\\n]{1,20}\\))?\\s*[-–—:]");
  private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "premier", "king", "prince",
      "chancellor", "governor", "ambassador", "envoy", "counterpart", "leader", "commander", "general", "spokesman", "spokeswoman", "spokesperson", "official", "mr", "ms", "mrs");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s[-–—]\\s|,\\s(?:as|while|but|after|before|when|where|which)\\s");
  private final TriggerLexicon lexicon;
  private final TypeClassifier classifier;
  private final ActorRoles roles;
  private final FigureAttachment figures = new FigureAttachment();

  public EventDetector(TriggerLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.classifier = new TypeClassifier(lexicon);
    this.roles = new ActorRoles(lexicon);
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
    Map<Integer, Entity> entities = byStart(document.get(Layers.ENTITIES));
    List<EventMention> events = new ArrayList<>();
    for (Sentence s : document.get(Layers.SENTENCES)) {
      List<TypeClassifier.Scored> scored = classifier.classify(tokens, s.firstToken(), s.endToken());
      Set<String> families = new LinkedHashSet<>();
      double top = scored.isEmpty() ? 0 : scored.get(0).score();
      List<ActorRoles.Found> actors = null;
      for (TypeClassifier.Scored c : scored) {
        if (c.score() < MIN_SCORE || c.score() < SECOND_SHARE * top || !c.asserted() || families.size() >= 2) {
          continue;
        }
        if (actors == null) {
          actors = roles.find(tokens, s.firstToken(), s.endToken(), entities, null);
        }
        String type = c.type().equals("TERRITORY") ? territorial(actors, tokens, c.first()) : c.type();
        if (type == null || !families.add(family(type))) {
          continue;
        }
        EventMention m = mention(document, s, tokens, c, type, focus, entities, actors, scored);
        if (!background(document, m)) {
          events.add(m);
        }
      }
    }
    return document.with(Layers.EVENTS, List.copyOf(events));
  }

  /**
   * The one event type a short passage (a few sentences about one event, as in CASE 2021) states:
   * the best-scoring type over all its tokens, whether asserted or not; a territorial trigger with
   * nobody named counts as the state's. Empty when no trigger matches.
   */
  public java.util.Optional<String> passageType(Document document) {
    return passageCandidates(document, 1.0).stream().findFirst();
  }

  /**
   * The types a passage may state, best first: those scoring at least {@code share} of the best
   * (1.0: the best alone), for a second opinion to choose among close calls.
   */
  public List<String> passageCandidates(Document document, double share) {
    List<Token> tokens = document.get(Layers.TOKENS);
    List<TypeClassifier.Scored> scored = classifier.classify(tokens, 0, tokens.size());
    List<String> out = new ArrayList<>();
    for (TypeClassifier.Scored c : scored) {
      if (c.score() < share * scored.get(0).score() || (!out.isEmpty() && share >= 1.0)) {
        break;
      }
      String type = c.type();
      if (type.equals("TERRITORY")) {
        String t = territorial(roles.find(tokens, 0, tokens.size(), byStart(document.get(Layers.ENTITIES)), null), tokens, c.first());
        type = t == null ? "GOV_REGAINS_TERIT" : t;
      }
      if (!out.contains(type)) {
        out.add(type);
      }
    }
    return out;
  }

  private static Map<Integer, Entity> byStart(List<Entity> entities) {
    Map<Integer, Entity> m = new HashMap<>();
    entities.forEach(e -> m.putIfAbsent(e.start(), e));
    return m;
  }

  /** The ACLED parent type, with both territorial types in Battles. */
  private static String family(String type) {
    return EventType.ofCode(type).map(EventType::parent).orElse(type);
  }

  /** The territorial type by who gains: the nearest actor before the trigger, else one after "by"; null when none says. */
  private static String territorial(List<ActorRoles.Found> actors, List<Token> tokens, int trigger) {
    int auxiliary = passive(tokens, trigger);
    ActorRoles.Found gainer = auxiliary < 0 ? subject(actors, tokens, trigger) : null;
    if (auxiliary >= 0) {
      // "the militants were pushed back": the subject right before the auxiliary lost the ground
      ActorRoles.Found loser = subject(actors, tokens, auxiliary);
      if (loser != null && loser.end() >= auxiliary - 1) {
        return loser.actor().role().isState() ? "NON_STATE_ACTOR_OVERTAKES_TER" : "GOV_REGAINS_TERIT";
      }
    }
    if (gainer == null) {
      for (ActorRoles.Found a : actors) {
        if (a.first() > trigger && a.first() > 0 && TypeClassifier.lower(tokens.get(a.first() - 1)).equals("by")
            && (a.actor().role().isState() || a.actor().role().isNonStateArmed())) {
          gainer = a;
          break;
        }
      }
    }
    if (gainer == null) {
      return null;
    }
    if (gainer.actor().role().isState()) {
      return "GOV_REGAINS_TERIT";
    }
    return gainer.actor().role().isNonStateArmed() ? "NON_STATE_ACTOR_OVERTAKES_TER" : null;
  }

  /** The index of a passive auxiliary right before the trigger ("were recaptured"), or -1. */
  private static int passive(List<Token> tokens, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 2); k--) {
      String w = TypeClassifier.lower(tokens.get(k));
      if (w.equals("was") || w.equals("were") || w.equals("been") || w.equals("being") || w.equals("is") || w.equals("are")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The actor that acts: the nearest armed or governing actor before the trigger, skipping backers
   * ("rebels backed by Turkish forces seized": the rebels seized).
   */
  private static ActorRoles.Found subject(List<ActorRoles.Found> actors, List<Token> tokens, int trigger) {
    for (int k = actors.size() - 1; k >= 0; k--) {
      ActorRoles.Found a = actors.get(k);
      if (a.first() >= trigger || backer(tokens, a)) {
        continue;
      }
      ActorRole r = a.actor().role();
      if (r.isState() || r.isNonStateArmed()) {
        return a;
      }
    }
    return null;
  }

  private static boolean backer(List<Token> tokens, ActorRoles.Found a) {
    return TypeClassifier.backing(tokens, 0, a.first());
  }

  /** Whether the event happened long before the report: the story's background. */
  private static boolean background(Document d, EventMention m) {
    if (d.article().published() == null || m.date() == null || !m.date().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      return false;
    }
    LocalDate date = LocalDate.parse(m.date().length() == 7 ? m.date() + "-28" : m.date());
    return date.isBefore(d.article().published().toLocalDate().minusDays(BACKGROUND_DAYS));
  }

  /** Actor1 (who acts) and actor2 (to or with whom), with persons and organisations the recogniser named. */
  private List<EventActor> actorPair(Document d, Sentence s, List<Token> tokens, List<ActorRoles.Found> found, int trigger) {
    List<ActorRoles.Found> all = new ArrayList<>(found);
    for (Entity e : d.get(Layers.ENTITIES)) {
      if (e.type() == EntityType.PERSON && s.contains(e.start())) {
        int first = tokenAt(tokens, s, e.start());
        // "US Secretary of State John Kerry": the person is the actor, of the kind and country of his title
        ActorRoles.Found title = all.stream().filter(a -> a.end() == first && a.actor().role() == ActorRole.GOVERNMENT).findFirst().orElse(null);
        if (title != null) {
          all.remove(title);
        }
        ActorRole role = title != null || titled(tokens, s, first) ? ActorRole.GOVERNMENT : ActorRole.OTHER;
        all.add(new ActorRoles.Found(new EventActor(e.canonical(), role, title == null ? null : title.actor().country()),
            title == null ? first : title.first(), tokenAt(tokens, s, e.end() - 1) + 1));
      }
    }
    all.sort(java.util.Comparator.comparingInt(ActorRoles.Found::first));
    EventActor actor1 = null;
    int chosen = -1;
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).first() < trigger && !backer(tokens, all.get(k))) {
        chosen = k;
      }
    }
    // "Kerry and Lavrov held talks": the first of coordinated actors acts, with the second
    EventActor coordinated = null;
    while (chosen > 0 && coordinated(tokens, all.get(chosen - 1), all.get(chosen))) {
      coordinated = all.get(chosen).actor();
      chosen--;
    }
    if (chosen >= 0) {
      actor1 = all.get(chosen).actor();
    }
    EventActor actor2 = coordinated;
    for (ActorRoles.Found a : actor2 != null ? List.<ActorRoles.Found>of() : all) {
      if (a.first() >= trigger && !a.actor().name().equals(actor1 == null ? null : actor1.name())) {
        actor2 = a.actor();
        break;
      }
    }
    if (actor1 == null && !all.isEmpty()) {
      actor1 = all.get(0).actor();
      EventActor first = actor1;
      actor2 = all.stream().map(ActorRoles.Found::actor).filter(a -> !a.name().equals(first.name())).findFirst().orElse(null);
    }
    List<EventActor> pair = new ArrayList<>();
    pair.add(actor1);
    pair.add(actor2);
    return pair;
  }

  /** Whether two actors are joined by "and" (or "and the", "and his Russian counterpart"): one subject. */
  private static boolean coordinated(List<Token> tokens, ActorRoles.Found a, ActorRoles.Found b) {
    if (b.first() - a.end() < 1 || b.first() - a.end() > 4 || !TypeClassifier.lower(tokens.get(a.end())).equals("and")) {
      return false;
    }
    for (int k = a.end() + 1; k < b.first(); k++) {
      String w = TypeClassifier.lower(tokens.get(k));
      if (!(w.equals("the") || w.equals("his") || w.equals("her") || w.equals("its") || w.equals("their")
          || Character.isUpperCase(tokens.get(k).text().charAt(0)) || TITLES.contains(w))) {
        return false;
      }
    }
    return true;
  }

  private static boolean titled(List<Token> tokens, Sentence s, int first) {
    for (int k = Math.max(s.firstToken(), first - 3); k < first; k++) {
      if (TITLES.contains(TypeClassifier.lower(tokens.get(k)).replace(".", ""))) {
        return true;
      }
    }
    return false;
  }

  private static int tokenAt(List<Token> tokens, Sentence s, int offset) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (tokens.get(k).end() > offset) {
        return k;
      }
    }
    return s.endToken() - 1;
  }

  private EventMention mention(Document d, Sentence s, List<Token> tokens, TypeClassifier.Scored c, String type, Place focus,
      Map<Integer, Entity> entities, List<ActorRoles.Found> found, List<TypeClassifier.Scored> scored) {
    int start = tokens.get(c.first()).start();
    int end = tokens.get(c.end() - 1).end();
    String text = d.text();
    String date = null;
    int distance = Integer.MAX_VALUE;
    for (TimeExpression t : d.get(Layers.TIMES)) {
      // the sentence's calendar date nearest the trigger ("renewed the siege ... on Sunday"); a time of day gives its day
      if (s.contains(t.start()) && ("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.value() != null
          && CALENDAR_DATE.matcher(t.value()).lookingAt()) {
        int away = t.end() <= start ? start - t.end() : Math.max(0, t.start() - end);
        if (away < distance) {
          distance = away;
          Matcher m = CALENDAR_DATE.matcher(t.value());
          date = m.lookingAt() ? m.group() : t.value();
        }
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
    FigureAttachment.Attached figs = figures.attach(type, s.start(), text.substring(s.start(), s.end()), start,
        d.get(Layers.FIGURES).stream().filter(f -> s.contains(f.start())).toList());
    Place where = place != null ? place : focus;
    List<ActorRoles.Found> located = where == null ? found
        : roles.find(tokens, s.firstToken(), s.endToken(), entities, where.country());
    List<EventActor> pair = actorPair(d, s, tokens, located, c.first());
    return new EventMention(type, start, end, text.substring(s.start(), s.end()), date, where, List.copyOf(actors),
        figs.killed(), figs.injured(), confidence(c, scored), pair.get(0), pair.get(1), figs.displaced());
  }

  /**
   * Confidence from the score, lowered when another type scored nearly as much: score / (score + 2),
   * so one strong trigger (2) gives 0.5 and a decisive trigger with its cues (6) 0.75; times 0.8 when
   * the runner-up reaches three quarters of it. A heuristic ordering, not a calibrated probability.
   */
  private static double confidence(TypeClassifier.Scored c, List<TypeClassifier.Scored> scored) {
    double conf = c.score() / (c.score() + 2);
    for (TypeClassifier.Scored other : scored) {
      if (other != c && other.score() >= 0.75 * c.score()) {
        conf *= 0.8;
        break;
      }
    }
    return Math.round(conf * 1000) / 1000.0;
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
