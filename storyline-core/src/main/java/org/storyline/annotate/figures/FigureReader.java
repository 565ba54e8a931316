package org.storyline.annotate.figures;

import java.util.List;
import java.util.Set;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Attribution;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.model.TimeExpression;

/**
 * Reads one number of a sentence as a figure of people, or finds that it is none.
 *
 * <p>In order: numbers that are dates, durations, ages, money, scores or parts of compounds
 * ("48-hour", "a five-member team") are not figures. The noun phrase after the number decides
 * whether it counts people ("12 Syrian soldiers", "dozens of them", "20 wounded") or things ("seven
 * km", "three tanks"); a number with no noun ("killing 17 and wounding dozens") counts people only
 * when a cue says what happened to them. The kind is the first cue after the phrase in its clause
 * that the people undergo ("12 people were killed", "thousands fled"; not "12 gunmen killed ...",
 * where they are the agents), else a cue inside the phrase ("two wounded men") or its noun ("86
 * arrests"), else a death toll that rose to the number, else a verb or noun before it whose object
 * it is ("killing 17", "the bodies of 12"), else the kind of the figure it is part of ("including
 * 2 women"), else people.
 */
final class FigureReader {
  private static final Set<String> NON_PEOPLE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "PERCENT", "MONEY", "ORDINAL");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Words that make "N - word" a compound adjective even when the hyphen is spaced ("61 - year - old", "100 - day"). */
  private static final Set<String> HYPHEN_UNITS = Set.of("year", "years", "day", "days", "hour", "hours", "week", "weeks",
      "month", "months", "minute", "minutes", "second", "seconds", "member", "strong", "man", "person", "mile", "miles",
      "km", "kilometer", "kilometre", "meter", "metre", "foot", "feet", "inch", "square", "gauge", "car", "story", "storey",
      "point", "seat", "bed", "page", "time", "nation", "country", "game", "round", "yard");
  private static final Set<String> RISE = Set.of("rise", "rose", "risen", "climb", "climbed", "reach", "reached", "jump",
      "jumped", "increase", "increased", "bring", "brought", "bringing", "raise", "raised", "raising", "push", "pushed",
      "grow", "grew", "mount", "mounted", "swell", "swelled", "soar", "soared");
  /** Nouns that count people in "a crowd of 70", "a population of 100,000", "a mother of 12". */
  private static final Set<String> GROUPS = Set.of("crowd", "population", "group", "family", "mother", "father", "parent",
      "team", "contingent", "delegation", "gathering", "turnout", "force");
  private static final java.util.regex.Pattern MONTHS = java.util.regex.Pattern.compile(
      "(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September"
          + "|October|November|December");
  private static final Set<String> PERIODS = Set.of("days", "weeks", "months", "years", "decade", "decades");
  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(ians|ans|ese|is|ites)");
  private static final int NOUN_REACH = 7;
  private static final int CUE_AFTER = 16;
  private static final int CUE_BEFORE = 6;
  private static final int TOLL_REACH = 15;
  private static final int WAR_REACH = 12;

  private final String text;
  private final List<Token> tokens;
  private final List<Entity> entities;
  private final List<TimeExpression> times;

  FigureReader(Document d) {
    this.text = d.text();
    this.tokens = d.get(Layers.TOKENS);
    this.entities = d.get(Layers.ENTITIES);
    this.times = d.get(Layers.TIMES);
  }

  private enum Head { PEOPLE, KIND, PRONOUN, NONE, THING }

  /** The noun phrase after a number: what its head is, where it ends, a cue it carries. */
  private record Phrase(Head head, int end, Lexicon.Cue cue, boolean more) {}

  /** A kind read from a cue at token {@code at}; {@code toll} when the number is a total the toll reached. */
  private record Reading(Lexicon.Cue cue, int at, boolean toll) {}

  /** A figure and the token its noun phrase ends before. */
  record Found(Figure figure, int phraseEnd) {}

  /** The figure quantity {@code q} of sentence {@code s} is, or null; {@code previous} is the figure before it in the sentence. */
  Found read(Sentence s, Quantity q, Found previous) {
    if (excluded(s, q)) {
      return null;
    }
    Phrase np = phrase(s, q.end(), q.end());
    if (np.head() == Head.THING && q.vague() && !Words.is(tokens.get(q.end()), "of")) {
      np = new Phrase(Head.NONE, q.end(), null, false); // "displaced millions remains elusive": a bare vague plural has no noun
    }
    if (np.head() == Head.THING) {
      return null;
    }
    Reading r = kind(s, q, np, previous);
    if (r == null && np.head() != Head.PEOPLE && np.head() != Head.KIND && !afterGroup(s, q)) {
      return null;
    }
    FigureKind kind = r == null ? FigureKind.PEOPLE : r.cue().kind();
    String subtype = r == null ? null : r.cue().subtype();
    if (kind == FigureKind.DISPLACED && subtype == null && np.cue() != null) {
      subtype = np.cue().subtype(); // "1.5 million refugees fled"
    }
    if (kind == FigureKind.PEOPLE && isWordOne(s, q)) {
      return null; // "one" of kind people is "a person", not a count: "one of the lawyers said"
    }
    Qualifier.Found found = Qualifier.before(tokens, q.first(), s.firstToken());
    Qualifier qualifier = found != null ? found.qualifier() : Qualifier.after(tokens, q.end(), s.endToken());
    Long min = q.min();
    Long max = q.max();
    if (qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.ABOUT) {
      max = null;
    }
    if (qualifier == Qualifier.AT_MOST || qualifier == Qualifier.ABOUT) {
      min = null;
    }
    int start = tokens.get(q.first()).start();
    int end = tokens.get(q.end() - 1).end();
    Attribution source = Attributions.find(text, tokens, entities, s, q.first());
    return new Found(new Figure(start, end, text.substring(start, end), q.value(), kind, q.vague() || qualifier != null, min,
        max, cumulative(s, q, np, r, found), subtype, source, date(s, q)), np.end());
  }

  // ---- what is not a figure of people

  private boolean excluded(Sentence s, Quantity q) {
    Token first = tokens.get(q.first());
    Token last = tokens.get(q.end() - 1);
    if (NON_PEOPLE_TAGS.contains(first.ner())) {
      return true;
    }
    for (TimeExpression t : times) {
      if (TIME_TYPES.contains(t.type()) && t.start() < last.end() && first.start() < t.end()) {
        return true;
      }
    }
    Token prev = q.first() > s.firstToken() ? tokens.get(q.first() - 1) : null;
    Token next = q.end() < s.endToken() ? tokens.get(q.end()) : null;
    if (prev != null && (prev.text().matches("[$€£¥]|US\\$|Rs\\.?|No\\.|#|(?i)number|aged?|ages")
        || (prev.text().equals("-") && prev.end() == first.start() && q.first() - 2 >= s.firstToken()
            && tokens.get(q.first() - 2).end() == prev.start()))) {
      return true; // "$35,000", "No. 12", "aged 37", "31-24"
    }
    if ((prev != null && MONTHS.matcher(prev.text()).matches()) || (next != null && MONTHS.matcher(next.text()).matches())) {
      return true; // "on Nov. 7", "on 25 January", whatever the time tagger found
    }
    if (prev != null && Words.is(prev, "no") && Words.is(first, "one")) {
      return true; // "no one was killed"
    }
    if (next != null && (next.text().matches("%|(?i)percent|per|pc|times|fold|[ap]\\.?m\\.?|gmt|hrs|:")
        || compoundAfter(s, q, next))) {
      return true;
    }
    if (q.end() == q.first() + 1 && first.text().matches("(1[89]|20)\\d\\d") && (next == null || !Words.isPeople(next))) {
      return true; // a year
    }
    return prev != null && isAge(s, q, prev, next);
  }

  /** "48-hour", "five-member", "61 - year - old", "100 - day": the number modifies what follows it. */
  private boolean compoundAfter(Sentence s, Quantity q, Token next) {
    if (!next.text().equals("-") || q.end() + 1 >= s.endToken()) {
      return false;
    }
    Token after = tokens.get(q.end() + 1);
    boolean adjacent = next.start() == tokens.get(q.end() - 1).end() && next.end() == after.start();
    if (adjacent) {
      return true;
    }
    return Words.isWord(after) && (HYPHEN_UNITS.contains(Words.lower(after))
        || (q.end() + 2 < s.endToken() && tokens.get(q.end() + 2).text().equals("-")));
  }

  /** "Gary Gomes, 35, was", "his two half-brothers, 17 and 22, were", "both 51,": ages in apposition. */
  private boolean isAge(Sentence s, Quantity q, Token prev, Token next) {
    if (Words.is(prev, "both") && next != null && next.text().equals(",")) {
      return true;
    }
    if (!prev.text().equals(",") || q.first() - 2 < s.firstToken() || next == null) {
      return false;
    }
    Token before = tokens.get(q.first() - 2);
    boolean nameLike = Words.isPeople(before) || inEntity(before, EntityType.PERSON)
        || (Character.isUpperCase(before.text().charAt(0)) && Words.isWord(before));
    boolean closes = next.text().matches("[,)]") || (next.text().equals(".") && inEntity(before, EntityType.PERSON))
        || (Words.is(next, "and") && q.end() + 2 < s.endToken() && NumberWords.digits(tokens.get(q.end() + 1).text()).isPresent()
            && tokens.get(q.end() + 2).text().matches("[,)]"));
    return nameLike && closes;
  }

  private boolean isWordOne(Sentence s, Quantity q) {
    return q.end() == q.first() + 1 && Words.is(tokens.get(q.first()), "one");
  }

  // ---- the noun phrase after the number

  /** The phrase from token {@code k} (just after a number ending at {@code numberEnd}). */
  private Phrase phrase(Sentence s, int k, int numberEnd) {
    int limit = s.endToken();
    boolean more = false;
    if (k < limit && Words.is(tokens.get(k), "others")) {
      return new Phrase(Head.PEOPLE, k + 1, null, false);
    }
    if (k < limit && Words.is(tokens.get(k), "more")) {
      more = true;
      k++;
    }
    if (k < limit && Words.is(tokens.get(k), "of")) {
      k++;
      if (k < limit && Words.is(tokens.get(k), "them", "those", "whom", "us", "these")) {
        return new Phrase(Head.PRONOUN, k + 1, null, more);
      }
      while (k < limit && Words.is(tokens.get(k), "the", "its", "their", "his", "her", "our", "these", "those")) {
        k++;
      }
      Quantity inner = k < limit ? NumberReader.read(tokens, k, limit) : null;
      if (inner != null) { // "five of the 12 Iranian guards"
        Phrase p = phrase(s, inner.end(), inner.end());
        return new Phrase(p.head() == Head.THING ? Head.THING : Head.PEOPLE, p.end(), p.cue(), more);
      }
    }
    int last = -1;
    for (int n = 0; k < limit && n < NOUN_REACH; n++) {
      Token t = tokens.get(k);
      if (t.text().equals("(")) {
        int close = closing(k, limit);
        if (close < 0) {
          break;
        }
        k = close + 1;
        continue;
      }
      if (t.text().equals("-") && last >= 0 && k + 1 < limit && Words.isWord(tokens.get(k + 1))) {
        k++;
        continue; // "half - brothers", "pro - Saudi"
      }
      if (!Words.isContent(t) || NumberReader.read(tokens, k, limit) != null || (last < 0 && isVerbHere(s, k))
          || (last >= 0 && Lexicon.REPORTING.contains(Words.lower(t)) && !Words.is(t, "reports"))) {
        break;
      }
      boolean afterPeople = last >= 0 && (Words.isPeople(tokens.get(last)) || Words.kindNoun(tokens.get(last)) != null);
      if (afterPeople && Words.lower(t).endsWith("ly") && !Words.isPeople(t)) {
        break; // "one person dead immediately"
      }
      last = k++;
      Lexicon.Cue outcome = Words.kindNoun(t);
      if (afterPeople && outcome != null && outcome.form() == Lexicon.Form.ADJECTIVE) {
        break; // "30 people dead and 20 wounded"
      }
      if (isPluralHead(t) && k < limit && Words.isContent(tokens.get(k)) && !Words.isPeople(tokens.get(k))
          && Words.kindNoun(tokens.get(k)) == null) {
        break; // "protesters rallied", "bombers blow", "sanctions target": a plural noun heads its phrase
      }
    }
    if (last < 0) {
      return new Phrase(Head.NONE, k, null, more);
    }
    Token head = tokens.get(last);
    Lexicon.Cue inside = null;
    for (int m = numberEnd; m < last && inside == null; m++) {
      Lexicon.Cue c = Words.cueAt(tokens, m, s.firstToken(), limit);
      boolean verb = c != null && c.form() == Lexicon.Form.TRANSITIVE && !Words.lower(tokens.get(m)).endsWith("ed")
          && Words.kindNoun(tokens.get(m)) == null;
      inside = verb ? null : c; // "two wounded men", "the four murder victims"; not "rescue workers"
    }
    Lexicon.Cue noun = Words.kindNoun(head);
    if (noun != null) {
      return new Phrase(Head.KIND, k, noun, more);
    }
    if (Words.isPeople(head) || isDemonym(head)) {
      return new Phrase(Head.PEOPLE, k, inside, more);
    }
    if (k + 1 < limit && Words.is(tokens.get(k), "and", "or")) { // "12 Somali and 11 Yemeni pirates"
      Quantity next = NumberReader.read(tokens, k + 1, limit);
      if (next != null) {
        Phrase p = phrase(s, next.end(), next.end());
        if (p.head() == Head.PEOPLE || p.head() == Head.KIND) {
          return new Phrase(p.head(), k, p.cue(), more);
        }
      }
    }
    return new Phrase(Head.THING, k, null, more);
  }

  /** Irregular plurals and plural-only nouns of people. */
  private static final Set<String> PLURAL_PEOPLE = Set.of("people", "men", "women", "children", "gunmen", "militiamen",
      "policemen", "servicemen", "crewmen", "herdsmen", "fishermen", "firemen", "personnel", "staff", "crew", "youth");
  /** Plural nouns that modify the noun after them: "human rights activists", "arms dealers". */
  private static final Set<String> PLURAL_MODIFIERS = Set.of("rights", "arms", "sales", "goods", "sports", "news", "customs",
      "affairs", "operations", "communications", "relations", "services", "arts", "forces", "special", "drugs", "narcotics");

  /**
   * A plural noun written in lower case: English compounds put their modifiers in the singular
   * ("bank employees", "pirate ships"), so a plural is the head and what follows it is a verb.
   */
  private static boolean isPluralHead(Token t) {
    String w = Words.lower(t);
    if (PLURAL_MODIFIERS.contains(w) || !Character.isLowerCase(t.text().charAt(0)) && !Words.isPeople(t)) {
      return false;
    }
    return PLURAL_PEOPLE.contains(w) || (w.endsWith("men") && Words.isPeople(t)) || (w.endsWith("s") && !w.endsWith("ss") && (!w.equals(Words.lemma(t)) || Words.isPeople(t)));
  }

  /** A verb right after a number ("the other four succumbed to", "12 killed in"), not a modifier ("two wounded men"). */
  private boolean isVerbHere(Sentence s, int k) {
    Lexicon.Cue c = Words.cueAt(tokens, k, s.firstToken(), s.endToken());
    Token t = tokens.get(k);
    boolean verb = c != null && (isParticiple(t)
        || (c.form() == Lexicon.Form.INTRANSITIVE && !Words.lower(t).endsWith("s")));
    return verb && (k + 1 >= s.endToken() || !Words.isContent(tokens.get(k + 1)));
  }

  private int closing(int open, int limit) {
    for (int k = open + 1; k < Math.min(limit, open + 6); k++) {
      if (tokens.get(k).text().equals(")")) {
        return k;
      }
    }
    return -1;
  }

  /** A people word the recogniser named: "Egyptians", "Palestinians", "Greeks". */
  private boolean isDemonym(Token t) {
    boolean plural = Character.isUpperCase(t.text().charAt(0)) && t.text().endsWith("s") && Words.isWord(t);
    return plural && (inEntity(t, EntityType.MISC) || DEMONYM.matcher(t.text()).matches());
  }

  private boolean inEntity(Token t, EntityType type) {
    for (Entity e : entities) {
      if (e.type() == type && e.start() <= t.start() && t.end() <= e.end()) {
        return true;
      }
    }
    return false;
  }

  /** "a crowd of 70", "estimated the crowd at 70", "a population of more than 100,000". */
  private boolean afterGroup(Sentence s, Quantity q) {
    Qualifier.Found found = Qualifier.before(tokens, q.first(), s.firstToken());
    int k = (found != null ? found.first() : q.first()) - 1;
    return k - 1 >= s.firstToken() && Words.is(tokens.get(k), "of", "at")
        && GROUPS.contains(Words.lemma(tokens.get(k - 1)));
  }

  // ---- the kind

  private Reading kind(Sentence s, Quantity q, Phrase np, Found previous) {
    if (np.head() == Head.KIND && np.cue().form() == Lexicon.Form.ADJECTIVE) {
      return new Reading(np.cue(), -1, false); // "30 people dead and 20 wounded"
    }
    Reading after = after(s, np);
    if (after != null) {
      return after.cue() == null ? before(s, q, np, previous) : after;
    }
    if (np.cue() != null) {
      return new Reading(np.cue(), -1, false);
    }
    return before(s, q, np, previous);
  }

  /**
   * The first cue after the phrase in its clause that the people undergo; a reading with a null
   * cue when they are the agents ("two suicide bombers ... killing", "12 gunmen killed a soldier").
   */
  private Reading after(Sentence s, Phrase np) {
    int start = np.end();
    int limit = s.endToken();
    for (int k = start; k < Math.min(limit, start + CUE_AFTER); k++) {
      Token t = tokens.get(k);
      if (Words.isClauseEnd(t)) {
        return null;
      }
      Quantity other = NumberReader.read(tokens, k, limit);
      if (other != null) {
        if (k > start && Words.is(tokens.get(k - 1), "and", "or", ",")) { // "two civilians and two fighters were hospitalised"
          k = phrase(s, other.end(), other.end()).end() - 1;
          continue;
        }
        return null;
      }
      Lexicon.Cue transitive = Lexicon.CUES.get(Words.lemma(t));
      if (Words.lower(t).endsWith("ing") && transitive != null && transitive.form() == Lexicon.Form.TRANSITIVE) {
        return new Reading(null, k, false);
      }
      Lexicon.Cue c = Words.cueAt(tokens, k, s.firstToken(), limit);
      if (c == null) {
        continue;
      }
      if (c.form() == Lexicon.Form.NOUN && !nounPredicate(k)) {
        continue; // "who voted against the death penalty"
      }
      if (c.form() == Lexicon.Form.TRANSITIVE) {
        boolean passive = k - 1 >= start && Words.is(tokens.get(k - 1), "be", "been", "being", "was", "were", "is", "are", "get", "got");
        if (!passive && objectFollows(k + (Words.lemma(t).equals("cut") ? 2 : 1), limit)) {
          return new Reading(null, k, false);
        }
        if (!passive && !isParticiple(t)) {
          continue; // "how many people would Nichols have to kill"
        }
      }
      return new Reading(forward(s, c, k), k, false);
    }
    return null;
  }

  /** Participles that take no "-ed": "shot", "hurt", "held", "cut". */
  private static final Set<String> PARTICIPLES = Set.of("shot", "hurt", "held", "taken", "caught", "slain", "beaten", "cut",
      "stabbed", "freed", "wounded", "killed");

  private static boolean isParticiple(Token t) {
    String w = Words.lower(t);
    return w.endsWith("ed") || PARTICIPLES.contains(w);
  }

  /** A cue noun after the people that says what happened to them: "to death", "in custody", "suffered injuries". */
  private boolean nounPredicate(int k) {
    Token t = tokens.get(k);
    if (k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "penalty", "sentence", "row", "threat", "threats", "squad")) {
      return false;
    }
    return k - 1 >= 0 && Words.is(tokens.get(k - 1), "to", "in", "under", "into", "suffered", "sustained", "suffer", "sustain",
        "suffering", "held", "taken", "took", "among", "from", "of") && !Words.is(t, "toll");
  }

  /** After a verb: an object, so the people before the verb did it ("killed a soldier", "killed 12"). */
  private boolean objectFollows(int k, int limit) {
    if (k >= limit) {
      return false;
    }
    Token t = tokens.get(k);
    return NumberReader.read(tokens, k, limit) != null || Words.isPeople(t) || inEntity(t, EntityType.PERSON)
        || Words.is(t, "a", "an", "the", "his", "her", "their", "its", "our", "him", "them", "himself", "herself",
            "themselves", "itself", "at", "dozens", "hundreds", "scores", "several", "many", "some", "more", "nearly", "about",
            "around", "up", "almost", "no", "roughly", "approximately", "an");
  }

  /** The cue at {@code k} completed by those right after it: "shot dead", "shot and killed", "killed and wounded". */
  private Lexicon.Cue forward(Sentence s, Lexicon.Cue c, int k) {
    Lexicon.Cue result = c;
    String first = Words.lemma(tokens.get(k));
    for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
      Token t = tokens.get(j);
      if (Words.is(t, "and", "or", "to", "then", "later")) {
        continue;
      }
      Lexicon.Cue next = Words.cueAt(tokens, j, s.firstToken(), s.endToken());
      if (next == null) {
        break;
      }
      result = combine(result, first, next);
    }
    return result;
  }

  /** The cue at {@code k} completed by those right before it: "killed and wounded 30", "fatally shot 2". */
  private Lexicon.Cue backward(Sentence s, Lexicon.Cue c, int k) {
    Lexicon.Cue result = c;
    for (int j = k - 1; j >= Math.max(s.firstToken(), k - 3); j--) {
      Token t = tokens.get(j);
      if (Words.is(t, "and", "or", "then")) {
        continue;
      }
      Lexicon.Cue prev = Words.cueAt(tokens, j, s.firstToken(), s.endToken());
      if (prev == null) {
        break;
      }
      result = combine(prev, Words.lemma(t), result);
    }
    return result;
  }

  /**
   * Two cues of one predicate: killed and injured together are casualties (kind other: the count is
   * of neither); an open act completed by its outcome is the outcome ("shot dead" killed, "shot and
   * wounded" injured); otherwise the first.
   */
  private static Lexicon.Cue combine(Lexicon.Cue a, String aLemma, Lexicon.Cue b) {
    boolean killedAndInjured = (a.kind() == FigureKind.KILLED && b.kind() == FigureKind.INJURED)
        || (a.kind() == FigureKind.INJURED && b.kind() == FigureKind.KILLED);
    if (killedAndInjured) {
      return new Lexicon.Cue(FigureKind.OTHER, "casualties", a.form());
    }
    if (Lexicon.OPEN_OUTCOME.contains(aLemma) && (b.kind() == FigureKind.KILLED || b.kind() == FigureKind.INJURED)) {
      return new Lexicon.Cue(b.kind(), b.subtype(), a.form());
    }
    return a;
  }

  /**
   * The cue before the number whose object it is: the kind of the figure it is part of ("including
   * 2 women", "40, 15 of them"), a toll that reached it, else a verb or noun within reach.
   */
  private Reading before(Sentence s, Quantity q, Phrase np, Found previous) {
    Qualifier.Found found = Qualifier.before(tokens, q.first(), s.firstToken());
    int from = (found != null ? found.first() : q.first()) - 1;
    if (previous != null && partOf(s, from, np, previous)) {
      Figure p = previous.figure();
      return new Reading(new Lexicon.Cue(p.kind(), p.subtype(), Lexicon.Form.NOUN), from, false);
    }
    Reading toll = toll(s, from);
    if (toll != null) {
      return toll;
    }
    boolean by = false;
    for (int k = from, n = 0; k >= s.firstToken() && n < CUE_BEFORE; k--, n++) {
      Token t = tokens.get(k);
      if (Words.isClauseEnd(t) || NumberWords.digits(t.text()).isPresent() || NumberWords.word(t.text()).isPresent()) {
        return null;
      }
      by |= Words.is(t, "by");
      Lexicon.Cue c = Words.cueAt(tokens, k, s.firstToken(), s.endToken());
      if (c == null || c.form() == Lexicon.Form.INTRANSITIVE || (c.form() == Lexicon.Form.ADJECTIVE && !Words.is(t, "fatally"))) {
        continue;
      }
      if (c.form() == Lexicon.Form.TRANSITIVE && !isVerbForm(k)
          && !(k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "of") && onlyLinks(k + 1, from + 1))) {
        continue; // "the maximum prison sentence on each of 54 charges"; but "the murder of 21"
      }
      if ((c.form() == Lexicon.Form.NOUN || c.form() == Lexicon.Form.ADJECTIVE) && !onlyLinks(k + 1, from + 1)) {
        continue; // "to approve death penalties even if one or two jurors": the noun is not about them
      }
      return by ? null : new Reading(backward(s, c, k), k, false); // "killed by three gunmen": they are the agents
    }
    return null;
  }

  /**
   * The number is part of the figure before it: "including 2 women" (in its clause), "four women
   * and four children", "injuring 40, 15 of them".
   */
  private boolean partOf(Sentence s, int from, Phrase np, Found previous) {
    if (from < s.firstToken()) {
      return false;
    }
    if ((Words.is(tokens.get(from), "and", ",") && from == previous.phraseEnd())
        || (np.head() == Head.PRONOUN && tokens.get(from).start() - previous.figure().end() <= 3)) {
      return true;
    }
    for (int k = from; k >= Math.max(s.firstToken(), from - 6) && tokens.get(k).start() >= previous.figure().end(); k--) {
      if (Words.isClauseEnd(tokens.get(k))) {
        return false;
      }
      if (Words.is(tokens.get(k), "including")) {
        return true;
      }
    }
    return false;
  }

  /** A transitive cue used as a verb: "killed", "killing", "shot", "to kill". */
  private boolean isVerbForm(int k) {
    Token t = tokens.get(k);
    String w = Words.lower(t);
    return isParticiple(t) || w.endsWith("ing") || VERBS_ONLY.contains(w)
        || (k > 0 && Words.is(tokens.get(k - 1), "to", "will", "would", "could", "did"));
  }

  /** Present tenses that are never nouns: "bombers kill dozens". */
  private static final Set<String> VERBS_ONLY = Set.of("kill", "kills", "injure", "injures", "wounds", "hurts", "displace",
      "displaces", "evacuate", "evacuates", "detain", "detains", "kidnap", "kidnaps", "abduct", "abducts", "execute",
      "executes", "slay", "slays", "behead", "beheads", "shoots");

  /** Tokens [from, to) only link a cue noun to the number: "the bodies of", "injuries to", "fatalities were the". */
  private boolean onlyLinks(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Words.is(tokens.get(k), "of", "to", "at", "the", "were", "was", "are", "is", "numbered", "included", "including",
          "among", "stood", "stands", "reached", "'s", "them", "whom", "more")) {
        return false;
      }
    }
    return true;
  }

  /** "the death toll rose to 66", "bringing the death toll to six", "the number of those killed ... has risen to 35". */
  private Reading toll(Sentence s, int from) {
    if (from < s.firstToken()) {
      return null;
    }
    for (int k = from; k >= Math.max(s.firstToken(), from - 4); k--) {
      if (Words.is(tokens.get(k), "toll")) {
        return new Reading(new Lexicon.Cue(FigureKind.KILLED, null, Lexicon.Form.NOUN), k, true);
      }
    }
    if (!Words.is(tokens.get(from), "to")) {
      return null;
    }
    boolean rise = false;
    Reading nearest = null;
    for (int k = from - 1; k >= Math.max(s.firstToken(), from - TOLL_REACH); k--) {
      Token t = tokens.get(k);
      if (Words.isClauseEnd(t) || NumberWords.digits(t.text()).isPresent()) {
        break;
      }
      rise |= RISE.contains(Words.lower(t)) || RISE.contains(Words.lemma(t));
      Lexicon.Cue c = nearest == null ? Words.cueAt(tokens, k, s.firstToken(), s.endToken()) : null;
      if (c != null) {
        nearest = new Reading(c, k, true);
      }
    }
    return rise ? nearest : null;
  }

  // ---- running total or new

  private boolean cumulative(Sentence s, Quantity q, Phrase np, Reading r, Qualifier.Found found) {
    if (r != null && r.toll()) {
      return true;
    }
    int first = found != null ? found.first() : q.first();
    if (np.more() || (first - 1 >= s.firstToken() && Words.is(tokens.get(first - 1), "another", "new", "fresh", "additional", "further"))) {
      return false;
    }
    if (first - 2 >= s.firstToken() && Words.is(tokens.get(first - 1), "of") && Words.is(tokens.get(first - 2), "total")) {
      return true; // "a total of 156"
    }
    boolean commaSince = false;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = tokens.get(k);
      String next = k + 1 < s.endToken() ? Words.lower(tokens.get(k + 1)) : "";
      String next2 = k + 2 < s.endToken() ? Words.lower(tokens.get(k + 2)) : "";
      boolean total = Words.is(t, "altogether", "overall", "cumulative", "cumulatively", "already")
          || (Words.is(t, "so", "thus") && next.equals("far")) || (Words.is(t, "to") && next.equals("date"))
          || (Words.is(t, "in") && (next.equals("total") || (next.equals("all") && (next2.isEmpty() || ",.;".contains(next2)))));
      boolean period = Words.is(t, "past", "last") && (PERIODS.contains(next) || PERIODS.contains(next2));
      if ((total || period) && sameClause(s, k, q)) {
        return true;
      }
      if (k >= q.end() && t.text().equals(",")) {
        commaSince = true;
      }
      if (Words.is(t, "since") && (k < q.first() ? noNumberBetween(k + 1, q.first()) : !commaSince)) {
        return true; // "since the war began", "Since the shooting, over 50 arrests"
      }
    }
    return r != null && r.at() >= 0 && r.at() < q.first() && r.cue().form() == Lexicon.Form.TRANSITIVE && longEventHas(s, r.at());
  }

  /** "the conflict that has killed ...": a long-running event is the subject of a present perfect before the cue. */
  private boolean longEventHas(Sentence s, int cue) {
    for (int h = cue - 1; h >= Math.max(s.firstToken(), cue - WAR_REACH); h--) {
      if (Words.isClauseEnd(tokens.get(h))) {
        return false;
      }
      if (Words.is(tokens.get(h), "has", "have")) {
        for (int w = h - 1; w >= Math.max(s.firstToken(), h - 4); w--) {
          Token t = tokens.get(w);
          if (Lexicon.LONG_EVENTS.contains(Words.lower(t)) || Lexicon.LONG_EVENTS.contains(Words.lemma(t))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private boolean sameClause(Sentence s, int k, Quantity q) {
    int from = Math.min(k, q.first());
    int to = Math.max(k, q.end() - 1);
    for (int j = from; j <= to; j++) {
      if (Words.isClauseEnd(tokens.get(j))) {
        return false;
      }
    }
    return true;
  }

  private boolean noNumberBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (NumberWords.digits(tokens.get(k).text()).isPresent()) {
        return false;
      }
    }
    return true;
  }

  // ---- the date it refers to

  /**
   * The TIMEX3 value of the date or time in the sentence nearest the figure: one that names a
   * year, month, week or day ("2016-09-04", "XXXX-WXX-7"), not a reference ("now"), a season, a
   * time of day alone, or the start of a period ("since March 2011"); null when there is none.
   */
  private String date(Sentence s, Quantity q) {
    int at = tokens.get(q.first()).start();
    String best = null;
    int distance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      if (!s.contains(t.start()) || t.value() == null || !t.value().matches("(\\d{4}|XXXX).*")
          || t.value().matches(".*-(SP|SU|FA|WI)") || !(t.type().equals("DATE") || t.type().equals("TIME")) || startsPeriod(s, t)) {
        continue;
      }
      int d = t.start() >= at ? t.start() - at : at - t.end();
      if (d < distance) {
        distance = d;
        best = t.value();
      }
    }
    return best;
  }

  private boolean startsPeriod(Sentence s, TimeExpression t) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (tokens.get(k).start() >= t.start()) {
        return k > s.firstToken() && Words.is(tokens.get(k - 1), "since", "until", "till", "from");
      }
    }
    return false;
  }
}
