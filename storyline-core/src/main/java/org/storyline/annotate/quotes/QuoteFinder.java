package org.storyline.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.model.TextSpan;

/**
 * Finds the quotes of one document, on tokens without part-of-speech tags. Written by hand because
 * no library at hand does attribution without a parser (CoreNLP's quote attribution needs a
 * dependency parse and coreference, some 70 times slower than this whole stage allows). Patterns:
 *
 * <ul>
 *   <li>direct: a span in quotation marks with its attribution right after it ({@code "…," X said},
 *       {@code "…," said X}) or right before it ({@code X said: "…"}, {@code X told reporters, "…"});
 *       an interrupted quote ({@code "…," he said, "…"}) gives two quotes with one attribution;
 *   <li>reported: {@code X said (that) …}, {@code X told Y (that) …}, {@code …, X said.},
 *       {@code According to X, …} and {@code …, according to X}, within one sentence.
 * </ul>
 *
 * Content boundaries follow PolNeAR: a direct quote keeps its quotation marks; reported content runs
 * from "that" (or the word after the cue) to the end of the sentence, without its final stop.
 */
final class QuoteFinder {
  /** Direct quotes of fewer words are kept only when attributed: unattributed, they are scare quotes. */
  static final int MIN_WORDS = 4;
  /**
   * How many tokens an attribution's cue may lie after a direct quote's closing mark (30: room for
   * "the economist Jared Bernstein, a former adviser in the Obama White House, said"; 10 cost 0.009
   * of named-speaker accuracy on PolNeAR train), or before its opening.
   */
  private static final int AFTER_REACH = 30;
  private static final int BEFORE_REACH = 8;
  /** Longest appositive between a speaker and the cue ("Kerry, who met Lavrov in Geneva on Friday, said"). */
  private static final int APPOSITIVE_REACH = 25;
  /** Longest description ("the Britain-based monitor"), in tokens. */
  private static final int DESCRIPTION_REACH = 6;
  /**
   * How far back (characters) the latest speaker still outranks a later name for a pronoun: on
   * PolNeAR train, preferring him raised pronoun/description accuracy from 0.46 to 0.54; 1,000 beat
   * 200, 400 and 3,000.
   */
  private static final int SPEAKER_WINDOW = 1000;

  private static final Set<String> SKIPPABLE = Set.of("also", "later", "has", "had", "have", "would", "will", "previously",
      "repeatedly", "recently", "once", "then", "again", "further", "publicly", "quickly", "simply", "reportedly", "earlier",
      "now", "just", "often", "still", "even", "only", "did", "does", "do", "was", "is", "were", "are", "privately",
      "initially", "first", "last", "finally", "eventually", "subsequently", "frequently", "flatly", "openly", "explicitly",
      "bluntly", "firmly", "strongly", "actually", "already", "may", "might", "could", "can", "should");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
      "another", "one", "these", "those", "some", "many", "several", "two", "three", "other", "most", "both");
  private static final Set<String> NP_STOPS = Set.of("and", "but", "or", "which", "who", "whom", "when", "as", "because",
      "while", "if", "that", "than", "so", "not", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "after",
      "before", "since", "what", "how", "why", "where", "there", "it");
  /** What may stand between a closing mark and its attribution. */
  private static final Set<String> GAP = Set.of(",", "—", "–", "-", "--");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "president",
      "senator", "governor", "secretary", "minister", "judge", "rev", "sir", "lord", "lady");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
  /** Time words between a cue and its content ("said Wednesday that"), which PolNeAR leaves out of the content. */
  private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "yesterday", "today", "tonight");
  private static final Set<String> CLAUSE_STARTS = Set.of("that", "whether", "if", "how", "why", "what", "when", "who");
  private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "me", "him", "her", "them", "us", "you",
      "supporters", "voters", "audiences", "crowds", "listeners", "viewers");

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final CueLexicon lexicon;
  /** Per token: index into {@link #names} of the PERSON/ORGANIZATION mention covering it, or -1. */
  private final int[] nameAt;
  private final List<Entity> names;
  /** Per token: whether a mention of another type (LOCATION, MISC) covers it. */
  private final boolean[] otherAt;
  /** Per token: index of the direct-quote span covering it, or -1. */
  private final int[] quoteAt;
  private final List<QuoteMarks.Span> marks;
  /** Per token: index of its sentence, or -1. */
  private final int[] sentenceOf;
  /** Per token: whether an attribution already used it as its cue. */
  private final boolean[] usedCue;
  private final List<Candidate> candidates = new ArrayList<>();
  /** The speaker of the latest quote resolved so far, and its type (resolution runs in text order). */
  private TextSpan lastSpeaker;
  private EntityType lastSpeakerType;

  QuoteFinder(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities, CueLexicon lexicon) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.lexicon = lexicon;
    this.names = entities.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        .filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end())
        .sorted(Comparator.comparingInt(Entity::start)).toList();
    this.marks = QuoteMarks.find(text);
    this.nameAt = new int[tokens.size()];
    this.otherAt = new boolean[tokens.size()];
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        for (int i = tokenAt(e.start(), 0); i < tokens.size() && tokens.get(i).start() < e.end(); i++) {
          otherAt[i] = true;
        }
      }
    }
    this.quoteAt = new int[tokens.size()];
    this.usedCue = new boolean[tokens.size()];
    this.sentenceOf = new int[tokens.size()];
    java.util.Arrays.fill(sentenceOf, -1);
    for (int k = 0; k < sentences.size(); k++) {
      for (int i = Math.max(0, sentences.get(k).firstToken()); i < Math.min(tokens.size(), sentences.get(k).endToken()); i++) {
        sentenceOf[i] = k;
      }
    }
    index();
  }

  private void index() {
    int e = 0;
    int q = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (e < names.size() && names.get(e).end() <= t.start()) {
        e++;
      }
      nameAt[i] = e < names.size() && names.get(e).start() <= t.start() && t.end() <= names.get(e).end() ? e : -1;
      while (q < marks.size() && marks.get(q).end() <= t.start()) {
        q++;
      }
      quoteAt[i] = q < marks.size() && marks.get(q).start() <= t.start() && t.end() <= marks.get(q).end() ? q : -1;
    }
  }

  List<Quote> find() {
    direct();
    reported();
    return resolved(ordered());
  }

  /** A quote before its speaker is resolved; {@code subject} null for a direct quote without attribution. */
  private record Candidate(int start, int end, boolean direct, TextSpan cue, Subject subject) {}

  // ---- direct quotes

  private void direct() {
    for (int q = 0; q < marks.size(); q++) {
      QuoteMarks.Span span = marks.get(q);
      int first = firstTokenAtOrAfter(span.start());
      int last = lastTokenBefore(span.end());
      if (first < 0 || last < first) {
        continue;
      }
      Attribution a = after(last, span);
      if (a == null) {
        a = before(first, span);
      }
      if (a != null) {
        usedCue[a.cueFirst()] = true;
        candidates.add(new Candidate(span.start(), span.end(), true, cueSpan(a), a.speaker()));
      } else if (words(first, last + 1) >= MIN_WORDS) {
        candidates.add(new Candidate(span.start(), span.end(), true, null, null));
      }
    }
  }

  /** {@code "…," X said} or {@code "…," said X}: an attribution in the sentence right after the closing mark. */
  private Attribution after(int last, QuoteMarks.Span span) {
    int from = last + 1;
    if (endsWithFullStop(span)) { // "… politics." Sanders said he …: the next sentence is not this quote's attribution
      return null;
    }
    for (int i = from; i < tokens.size() && i < from + AFTER_REACH; i++) {
      if (quoteAt[i] >= 0 || lineBreakBetween(span.end(), tokens.get(i).start()) || isStop(i)) {
        return null;
      }
      CueLexicon.Kind kind = cue(i);
      if (kind == null) {
        continue;
      }
      int gap = from < tokens.size() && GAP.contains(word(from)) ? from + 1 : from;
      Subject s = subjectBefore(i, gap);
      if (s == null && i == gap) {
        s = subjectAfter(i + 1, sentenceEnd(i));
      } else if (s != null && !plainWords(gap, s.first())) {
        return null; // "…" in comparison to Obama, Gingrich said: the attribution is of the whole sentence ("Clinton campaign manager" may come first)
      }
      return s == null ? null : new Attribution(i, i + 1, s);
    }
    return null;
  }

  /** {@code X said: "…"}: an attribution ending right before the opening mark. */
  private Attribution before(int first, QuoteMarks.Span span) {
    int to = first - 1;
    if (to < 0 || !Set.of(":", ",", "that").contains(word(to)) && cue(to) == null) {
      return null;
    }
    for (int i = to; i >= 0 && i > to - BEFORE_REACH; i--) {
      if (quoteAt[i] >= 0 || lineBreakBetween(tokens.get(i).end(), span.start()) || isStop(i)) {
        return null;
      }
      if (cue(i) != null) { // may be the cue of the first half of an interrupted quote
        int a = sentenceStart(i);
        Subject s = subjectBefore(i, a);
        if (s == null) { // "explained CBS moderator Nancy Cordes: "…""
          s = subjectAfter(i + 1, to);
        }
        int j = i - 1;
        while (s == null && j > a && SKIPPABLE.contains(word(j))) {
          j--;
        }
        if (s == null && j > a && coordinated(i, j)) { // "Trump went on the attack, saying, "…""
          s = sentenceSubject(a, j);
        }
        return s == null ? null : new Attribution(i, i + 1, s);
      }
    }
    return null;
  }

  // ---- reported speech

  private void reported() {
    for (Sentence sentence : sentences) {
      int a = Math.max(0, sentence.firstToken());
      int b = Math.min(tokens.size(), sentence.endToken());
      int i = a;
      while (i < b) {
        int next = reportedAt(i, a, b);
        i = Math.max(i + 1, next);
      }
    }
  }

  /** Tries a reported quote with its cue at token i of the sentence [a, b); returns where to go on. */
  private int reportedAt(int i, int a, int b) {
    if (quoteAt[i] >= 0 || usedCue[i]) {
      return i + 1;
    }
    if (word(i).equals("according") && i + 1 < b && word(i + 1).equals("to")) {
      return accordingTo(i, a, b);
    }
    CueLexicon.Kind kind = cue(i);
    if (kind == null) {
      return i + 1;
    }
    if (i > a + 1 && word(i - 1).equals(",") && tail(i + 1, b)) { // "…, said a handful of Democrats."
      Subject after = subjectAfter(i + 1, b);
      if (after != null && words(a, i - 1) >= 2) {
        add(a, i - 1, after, i, i + 1);
        return b;
      }
    }
    Subject s = subjectBefore(i, a);
    int j = i - 1;
    while (s == null && j > a && SKIPPABLE.contains(word(j))) {
      j--;
    }
    if (s == null && j > a && coordinated(i, j)) {
      s = sentenceSubject(a, j);
    }
    if (s == null) {
      return i + 1;
    }
    int end = contentEnd(a, b);
    // "…, X said (in a statement)." : the content is the clause before the subject
    if (tail(i + 1, b) && s.first() > a && word(s.first() - 1).equals(",")) {
      int cs = a;
      int ce = s.first() - 1;
      if (words(cs, ce) >= 2) {
        add(cs, ce, s, i, i + 1);
      }
      return b;
    }
    if (s.first() > a + 1 && word(s.first() - 1).equals(",") && i + 1 < b && word(i + 1).equals(",")) {
      // "Any attempt to debunk it, he said, becomes hopeless.": the sentence around the attribution
      int rest = i + 2;
      if (words(a, s.first() - 1) >= 1 && words(rest, end) >= 1) {
        add(a, s.first() - 1, s, i, i + 1);
        add(rest, end, s, i, i + 1);
        return b;
      }
    }
    int cs = contentStart(i + 1, b, kind);
    if (cs < end && words(cs, end) >= 2) {
      add(cs, end, s, i, i + 1);
      return end;
    }
    if (i + 1 < b && word(i + 1).equals(":") && words(i + 2, b) == 0 && b < tokens.size()
        && lineBreakBetween(tokens.get(i + 1).end(), tokens.get(b).start())) {
      int paragraphEnd = b; // "In a speech last July, he said:¶¶Let no one be mistaken – …": the next paragraph
      while (paragraphEnd < tokens.size() && !lineBreakBetween(tokens.get(b).start(), tokens.get(paragraphEnd).start())) {
        paragraphEnd++;
      }
      if (words(b, paragraphEnd) >= 2) {
        add(b, paragraphEnd, s, i, i + 1);
        return b;
      }
    }
    return i + 1;
  }

  /** {@code According to X, …} and {@code …, according to X}. */
  private int accordingTo(int i, int a, int b) {
    int npEnd = i + 2;
    while (npEnd < b && !word(npEnd).equals(",") && !isStop(npEnd)) {
      npEnd++;
    }
    Subject s = subjectAfter(i + 2, npEnd);
    if (s == null) {
      return i + 2;
    }
    int end = contentEnd(a, b);
    if (words(a, i) == 0 || (i - a <= 1 && Set.of("but", "and", "yet", "so").contains(word(a)))) {
      if (npEnd < end && words(npEnd + 1, end) >= 2) {
        add(npEnd + 1, end, s, i, i + 2);
      }
      return end;
    }
    int ce = word(i - 1).equals(",") ? i - 1 : i;
    if (words(a, ce) >= 2) {
      add(a, ce, s, i, i + 2);
    }
    return npEnd;
  }

  /** Where reported content starts after the cue: at "that" when it comes soon, after an addressee for TELL verbs. */
  private int contentStart(int from, int b, CueLexicon.Kind kind) {
    int i = from;
    if (kind == CueLexicon.Kind.TELL && i < b) {
      if (nameAt[i] >= 0) {
        i = tokenAfter(names.get(nameAt[i]).end(), i);
      } else if (ADDRESSEES.contains(word(i))) {
        i++;
      }
    }
    for (int j = i; j < b && j < i + 6; j++) {
      String w = word(j);
      if (CLAUSE_STARTS.contains(w)) {
        return j;
      }
      if (w.equals(",") || w.equals(":") || quoteAt[j] >= 0 || isStop(j)) {
        break;
      }
    }
    while (i < b && (word(i).equals(",") || word(i).equals(":") || WHEN.contains(word(i)))) { // "said Wednesday she …"
      i++;
    }
    return i;
  }

  /** The end of a sentence's content: its last token, less a final stop outside quotation marks. */
  private int contentEnd(int a, int b) {
    int end = b;
    while (end > a && Set.of(".", "!", "?", ";").contains(word(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whether tokens [from, b) are only a short adverbial and the final stop ("in a statement ."). */
  private boolean tail(int from, int b) {
    int words = 0;
    for (int j = from; j < b; j++) {
      String w = word(j);
      if (isStop(j)) {
        return true;
      }
      if (CLAUSE_STARTS.contains(w) || w.equals(",") || w.equals(":") || quoteAt[j] >= 0 || ++words > 5) {
        return false;
      }
    }
    return true;
  }

  private void add(int firstToken, int endToken, Subject s, int cueFirst, int cueEnd) {
    int start = tokens.get(firstToken).start();
    int end = tokens.get(endToken - 1).end();
    for (int j = cueFirst; j < cueEnd; j++) {
      usedCue[j] = true;
    }
    boolean quoted = quoteAt[firstToken] >= 0 && marks.get(quoteAt[firstToken]).start() == start;
    candidates.add(new Candidate(start, end, quoted, TextSpan.of(text, tokens.get(cueFirst).start(), tokens.get(cueEnd - 1).end()), s));
  }

  // ---- subjects and speakers

  /** An attribution: the cue tokens [cueFirst, cueEnd) and its subject. */
  private record Attribution(int cueFirst, int cueEnd, Subject speaker) {
    int subjectStart() {
      return speaker.start();
    }
  }

  /** The speaker as resolved: a named mention and its canonical name, or nobody. */
  private record Speaker(TextSpan span, String name) {
    static final Speaker NOBODY = new Speaker(null, null);
  }

  /**
   * The words in the attribution that say who speaks, tokens [first, end): a name, a pronoun, a
   * description, or words that name nobody ("sources").
   */
  private final class Subject {
    final int first;
    final int end;
    final Entity name;
    final EntityType stands;
    /** For "he" and "she": the gender the name must not contradict; else null. */
    final CueLexicon.Gender gender;

    Subject(int first, int end, Entity name, EntityType stands) {
      this(first, end, name, stands, null);
    }

    Subject(int first, int end, Entity name, EntityType stands, CueLexicon.Gender gender) {
      this.first = first;
      this.end = end;
      this.name = name;
      this.stands = stands;
      this.gender = gender;
    }

    int first() {
      return first;
    }

    int start() {
      return tokens.get(first).start();
    }

    /** The named speaker, looking back from {@code before} for the name a pronoun or description stands for. */
    Speaker resolve(int before) {
      if (name != null) {
        return new Speaker(new TextSpan(name.start(), name.end(), name.text()), canonical(name));
      }
      if (stands == null) {
        return Speaker.NOBODY;
      }
      Entity e = antecedent(stands, gender, before);
      return e == null ? Speaker.NOBODY : new Speaker(new TextSpan(e.start(), e.end(), e.text()), canonical(e));
    }
  }

  /**
   * The salience rule for pronouns and descriptions: the speaker of the latest quote when of the
   * type and at most {@link #SPEAKER_WINDOW} characters back; else the latest mention of the type
   * ending before {@code before} and outside quotation marks (a name inside a quote is usually who
   * is talked about, not who talks).
   */
  private Entity antecedent(EntityType type, CueLexicon.Gender gender, int before) {
    if (lastSpeaker != null && lastSpeakerType == type && lastSpeaker.end() <= before
        && before - lastSpeaker.end() <= SPEAKER_WINDOW) {
      for (Entity e : names) {
        if (e.start() == lastSpeaker.start() && e.end() == lastSpeaker.end() && agrees(e, gender)) {
          return e;
        }
      }
    }
    for (int k = names.size() - 1; k >= 0; k--) {
      Entity e = names.get(k);
      if (e.end() <= before && e.type() == type && !insideMarks(e.start()) && agrees(e, gender)) {
        return e;
      }
    }
    return null;
  }

  /** Whether a name may be referred to by a pronoun of this gender: its title or first name does not say otherwise. */
  private boolean agrees(Entity e, CueLexicon.Gender gender) {
    if (gender == null || e.type() != EntityType.PERSON) {
      return true;
    }
    CueLexicon.Gender own = genderOf(e);
    return own == null || own == gender;
  }

  private CueLexicon.Gender genderOf(Entity e) {
    int i = tokenAt(e.start(), 0);
    String title = i > 0 && i < tokens.size() ? word(i - 1).replace(".", "") : "";
    String first = (e.canonical() != null ? e.canonical() : e.text()).split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
    return switch (title) {
      case "mr" -> CueLexicon.Gender.MALE;
      case "mrs", "ms", "miss" -> CueLexicon.Gender.FEMALE;
      default -> lexicon.gender(first);
    };
  }

  /** The subject ending right before the cue at token c, not before token {@code lower}; null when there is none. */
  private Subject subjectBefore(int c, int lower) {
    int j = c - 1;
    while (j >= lower && (SKIPPABLE.contains(word(j)) || isAdverb(j))) {
      j--;
    }
    if (j < lower) {
      return null;
    }
    if (coordinated(c, j)) {
      return null; // "…, saying", "and said": the sentence's subject speaks (see sentenceSubject)
    }
    if (word(j).equals(",")) { // "X, a spokesman for Y, said"
      int k = j - 1;
      while (k >= lower && k > j - APPOSITIVE_REACH && !word(k).equals(",") && quoteAt[k] < 0 && !isStop(k)) {
        k--;
      }
      if (k < lower || !word(k).equals(",")) {
        return null;
      }
      Subject s = nounPhraseEndingAt(skipParentheses(k - 1, lower), lower);
      if (s == null) {
        return null;
      }
      if (s.name == null) { // "the spokesman, Brian Fallon, said" or "Fallon's spokesman, ..."
        Entity inside = nameIn(k + 1, j);
        if (inside != null) {
          return new Subject(s.first, s.end, inside, null);
        }
      }
      return s;
    }
    return nounPhraseEndingAt(skipParentheses(j, lower), lower);
  }

  /** From a closing parenthesis at j back to the token before its opening one ("Reid (D-Nev.) said"). */
  private int skipParentheses(int j, int lower) {
    if (j < lower || !word(j).equals(")")) {
      return j;
    }
    int k = j;
    while (k > lower && !word(k).equals("(")) {
      k--;
    }
    return word(k).equals("(") ? k - 1 : j;
  }

  /** A lower-case word in -ly ("famously responded"), taken for an adverb; no tagger says otherwise. */
  private boolean isAdverb(int j) {
    String t = tokens.get(j).text();
    return t.length() > 4 && t.endsWith("ly") && Character.isLowerCase(t.charAt(0)) && !t.equals("family");
  }

  /** Whether tokens [from, to) are a few words only, no punctuation ("Clinton campaign manager" before a name). */
  private boolean plainWords(int from, int to) {
    if (to - from > 6) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isWord(k) || cue(k) != null) {
        return false;
      }
    }
    return true;
  }

  private boolean coordinated(int c, int j) {
    return word(j).equals("and") || word(j).equals("but") || word(j).equals(",") && word(c).endsWith("ing");
  }

  /** The subject of the sentence [a, c) when the cue is coordinated with its main verb: a name or pronoun early on. */
  private Subject sentenceSubject(int a, int c) {
    for (int k = a; k < c && k < a + 8; k++) {
      if (quoteAt[k] >= 0) {
        return null;
      }
      if (nameAt[k] >= 0) {
        Entity e = names.get(nameAt[k]);
        return new Subject(k, tokenAfter(e.end(), k), e, null);
      }
      if (PRONOUNS.contains(word(k))) {
        return new Subject(k, k + 1, null, pronounType(word(k)), pronounGender(word(k)));
      }
    }
    return null;
  }

  private Subject nounPhraseEndingAt(int j, int lower) {
    if (j < lower || quoteAt[j] >= 0) {
      return null;
    }
    if (nameAt[j] >= 0) {
      Entity e = names.get(nameAt[j]);
      return new Subject(Math.max(lower, tokenAt(e.start(), j)), j + 1, e, null);
    }
    String w = word(j);
    if (PRONOUNS.contains(w)) {
      return new Subject(j, j + 1, null, pronounType(w), pronounGender(w));
    }
    if (!isWord(j) || DETERMINERS.contains(w) || NP_STOPS.contains(w)) {
      return w.equals("%") ? new Subject(j, j + 1, null, null) : null;
    }
    if (Character.isDigit(w.charAt(0)) || w.equals("percent")) { // "six in 10 said", "49 percent say": nobody named
      return new Subject(j, j + 1, null, null);
    }
    if (otherAt[j] && j - 2 >= lower && Set.of("of", "from").contains(word(j - 1))) { // "Rep. Tom Cole of Oklahoma"
      Subject s = nounPhraseEndingAt(j - 2, lower);
      if (s != null) {
        return s;
      }
    }
    if (Character.isUpperCase(tokens.get(j).text().charAt(0)) && !otherAt[j]) {
      Subject s = unrecognisedName(j, lower);
      if (s != null) {
        return s;
      }
    }
    int k = j;
    while (k > lower && j - k < DESCRIPTION_REACH && isWord(k - 1) && !NP_STOPS.contains(word(k - 1))
        && cue(k - 1) == null && !DETERMINERS.contains(word(k))) {
      k--;
    }
    boolean determined = DETERMINERS.contains(word(k));
    Entity inside = nameIn(k, j + 1);
    if (inside != null) { // "the Clinton campaign said": the campaign speaks for the name it holds
      return new Subject(k, j + 1, inside, null);
    }
    EntityType role = lexicon.role(w);
    if (determined || role != null) {
      return new Subject(k, j + 1, null, determined && isDefinite(word(k)) ? role : null);
    }
    if (w.endsWith("s") && j - k <= 1) { // "sources said", "officials said": named nobody
      return new Subject(k, j + 1, null, null);
    }
    return null;
  }

  /**
   * A capitalised name the recogniser missed ("Pence said", "Mr. Band wrote"), tokens ending at j:
   * one to three capitalised words, after an optional title, not at the start of a sentence unless
   * titled or joined to a known name. Its canonical name is that of the document's PERSON or
   * ORGANIZATION with the same last word, else its own words; plural-looking words ("Democrats")
   * name nobody.
   */
  private Subject unrecognisedName(int j, int lower) {
    int k = j;
    while (k > lower && j - k < 2 && isCapitalised(k - 1) && !otherAt[k - 1] && nameAt[k - 1] < 0) {
      k--;
    }
    boolean titled = k > lower && TITLES.contains(word(k - 1).replace(".", ""));
    String last = tokens.get(j).text();
    Entity known = null;
    for (Entity e : names) {
      if (lastWordOf(e.text()).equalsIgnoreCase(last)) {
        known = e;
      }
    }
    if (last.endsWith("s") && known == null && !titled) {
      return null;
    }
    int first = titled ? k - 1 : k;
    if (!titled && known == null && sentenceStart(first) == first && j == k) {
      return null; // one capitalised word opening a sentence is as likely a common word ("State said")
    }
    int start = tokens.get(k).start();
    int end = tokens.get(j).end();
    EntityType type = known != null ? known.type() : EntityType.PERSON;
    String canonical = known != null ? canonical(known) : text.substring(start, end);
    return new Subject(first, j + 1, new Entity(start, end, text.substring(start, end), type, null, canonical), null);
  }

  private boolean isCapitalised(int i) {
    String t = tokens.get(i).text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(t.length() - 1)) && quoteAt[i] < 0;
  }

  private static String lastWordOf(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  /** After the cue ("said Kerry", "according to the ministry"): the subject in [from, to). */
  private Subject subjectAfter(int from, int to) {
    if (from >= to) {
      return null;
    }
    if (nameAt[from] >= 0) {
      Entity e = names.get(nameAt[from]);
      return new Subject(from, tokenAfter(e.end(), from), e, null);
    }
    String w = word(from);
    if (PRONOUNS.contains(w)) {
      return new Subject(from, from + 1, null, pronounType(w));
    }
    int end = from;
    while (end < to && end < from + DESCRIPTION_REACH + 4 && isWord(end)) {
      end++;
    }
    if (end == from) {
      return null;
    }
    Entity inside = nameIn(from, end);
    if (inside != null) {
      return new Subject(from, end, inside, null);
    }
    EntityType role = null;
    for (int j = from; j < end; j++) {
      if (NP_STOPS.contains(word(j))) {
        break;
      }
      role = lexicon.role(word(j)) != null ? lexicon.role(word(j)) : role;
    }
    return new Subject(from, end, null, isDefinite(w) ? role : null);
  }

  private static EntityType pronounType(String pronoun) {
    return switch (pronoun) {
      case "he", "she" -> EntityType.PERSON;
      case "it" -> EntityType.ORGANIZATION;
      default -> null; // "they", "we", "I": a group or the quote's own speaker, not resolved
    };
  }

  private static CueLexicon.Gender pronounGender(String pronoun) {
    return switch (pronoun) {
      case "he" -> CueLexicon.Gender.MALE;
      case "she" -> CueLexicon.Gender.FEMALE;
      default -> null;
    };
  }

  private static boolean isDefinite(String determiner) {
    return Set.of("the", "this", "that", "these", "those", "his", "her", "its", "their", "our").contains(determiner);
  }

  /** The last PERSON (else the last ORGANIZATION) mention inside tokens [from, to). */
  private Entity nameIn(int from, int to) {
    Entity person = null;
    Entity organisation = null;
    for (int j = Math.max(0, from); j < to && j < tokens.size(); j++) {
      if (nameAt[j] >= 0) {
        Entity e = names.get(nameAt[j]);
        if (e.type() == EntityType.PERSON) {
          person = e;
        } else {
          organisation = e;
        }
      }
    }
    return person != null ? person : organisation;
  }

  private static String canonical(Entity e) {
    return e.canonical() != null ? e.canonical() : e.text();
  }

  // ---- tokens

  /** The cue kind of token i: a lower-case word of the lexicon outside any name ("United States" holds no cue). */
  private CueLexicon.Kind cue(int i) {
    Token t = tokens.get(i);
    if (nameAt[i] >= 0 || t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))) {
      return null;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? lower : t.lemma().toLowerCase(Locale.ROOT);
    return lexicon.cue(lemma, lower);
  }

  private String word(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  private boolean isWord(int i) {
    String t = tokens.get(i).text();
    return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0)) && quoteAt[i] < 0;
  }

  private boolean isStop(int i) {
    String w = tokens.get(i).text();
    return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";");
  }

  private int words(int from, int to) {
    int n = 0;
    for (int j = Math.max(0, from); j < to && j < tokens.size(); j++) {
      if (Character.isLetterOrDigit(tokens.get(j).text().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  private boolean insideMarks(int offset) {
    for (QuoteMarks.Span s : marks) {
      if (s.start() <= offset && offset < s.end()) {
        return true;
      }
      if (s.start() > offset) {
        return false;
      }
    }
    return false;
  }

  private int firstTokenAtOrAfter(int offset) {
    for (int i = tokenAt(offset, 0); i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private int lastTokenBefore(int offset) {
    int i = tokenAt(offset, 0);
    while (i >= tokens.size() || (i >= 0 && tokens.get(i).end() > offset)) {
      i--;
    }
    return i;
  }

  /** Index of the token containing or following {@code offset} (binary search; {@code hint} unused bound). */
  private int tokenAt(int offset, int hint) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int tokenAfter(int offset, int from) {
    int i = from;
    while (i < tokens.size() && tokens.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  private int sentenceStart(int i) {
    int s = sentenceOf[i];
    return s < 0 ? 0 : sentences.get(s).firstToken();
  }

  private int sentenceEnd(int i) {
    int s = sentenceOf[i];
    return s < 0 ? tokens.size() : Math.min(tokens.size(), sentences.get(s).endToken());
  }

  private boolean endsWithFullStop(QuoteMarks.Span span) {
    int i = span.end() - (span.closed() ? 2 : 1);
    while (i > span.start() && (text.charAt(i) == '\'' || text.charAt(i) == '`')) {
      i--;
    }
    return i > span.start() && text.charAt(i) == '.';
  }

  private boolean lineBreakBetween(int from, int to) {
    return from < to && text.substring(from, to).indexOf('\n') >= 0;
  }

  /** Whether {@code to} lies in the paragraph of {@code from} or in the next one (blank lines between paragraphs allowed). */
  private boolean sameOrNextParagraph(int from, int to) {
    if (from >= to) {
      return true;
    }
    String between = text.substring(from, to);
    int breaks = 0;
    for (String line : between.split("\n", -1)) {
      breaks += line.isBlank() ? 0 : 1;
    }
    return breaks <= 2;
  }

  private TextSpan cueSpan(Attribution a) {
    return TextSpan.of(text, tokens.get(a.cueFirst()).start(), tokens.get(a.cueEnd() - 1).end());
  }

  private Quote quote(int start, int end, TextSpan speaker, TextSpan cue, String name, boolean direct) {
    if (speaker != null && speaker.start() < end && start < speaker.end()) {
      speaker = null; // the speaker is never part of what is said
      name = null;
    }
    return new Quote(start, end, text.substring(start, end), speaker, cue, name, direct);
  }

  /**
   * Candidates by start, without overlaps: reported content that holds an unattributed direct quote
   * replaces it ("He said the deal was "very close"" is one quote); otherwise the earlier wins.
   */
  private List<Candidate> ordered() {
    List<Candidate> all = new ArrayList<>(candidates);
    all.removeIf(q -> q.direct() && q.cue() == null
        && candidates.stream().anyMatch(r -> !r.direct() && r.start() <= q.start() && q.end() <= r.end()));
    all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(q -> -q.end()));
    List<Candidate> out = new ArrayList<>();
    int end = -1;
    for (Candidate q : all) {
      if (q.start() >= end) {
        out.add(q);
        end = q.end();
      }
    }
    return out;
  }

  /**
   * Speakers in text order, so that a pronoun can stand for the latest speaker: a direct quote
   * without attribution right after an attributed one continues it ("…," he said. "…").
   */
  private List<Quote> resolved(List<Candidate> ordered) {
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (Candidate c : ordered) {
      Speaker s;
      if (c.subject() != null) {
        s = c.subject().resolve(Math.min(c.start(), c.subject().start()));
      } else if (previous != null && previous.direct() && previous.speaker() != null && sameOrNextParagraph(previous.end(), c.start())) {
        s = new Speaker(previous.speaker(), previous.speakerName());
      } else {
        s = Speaker.NOBODY;
      }
      Quote q = quote(c.start(), c.end(), s.span(), c.cue(), s.name(), c.direct());
      if (q.speaker() != null) {
        lastSpeaker = q.speaker();
        lastSpeakerType = typeOf(q.speaker());
      }
      out.add(q);
      previous = q;
    }
    return List.copyOf(out);
  }

  private EntityType typeOf(TextSpan mention) {
    for (Entity e : names) {
      if (e.start() == mention.start() && e.end() == mention.end()) {
        return e.type();
      }
    }
    return null;
  }
}
