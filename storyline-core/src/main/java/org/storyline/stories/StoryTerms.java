package org.storyline.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;

/**
 * The words that place an article among stories: content lemmas (nouns, verbs, adjectives) of the
 * headline and of the lead (the first {@link #leadSentences()} sentences), and the lead sentences
 * that could summarise a story. Headline words are matched to the body's tokens for their lemma and
 * part of speech; a word the body does not have is kept lower-cased unless it is a function word. Names, places and dates come later, from the article's annotations after
 * names are made canonical across articles ({@link StoryClusterer.Input#of}).
 *
 * <p>Only the lead: on ECB+ dev, the headline and the first sentences separate articles about the
 * same event from articles about a similar one better than the whole text, whose later paragraphs
 * wander into background shared by both (pair AUC 0.86 for 3 sentences, 0.82 for the whole text;
 * {@code storyline eval clusters} prints what each lead length gives the stories).
 */
public final class StoryTerms implements Annotator {
  /** The layer this stage adds. */
  public static final Layer<ArticleTerms> TERMS = Layer.of("story terms", ArticleTerms.class);
  /** Lead sentences whose words count, by default. */
  public static final int LEAD_SENTENCES = 3;
  /** Sentences that may summarise a story: the first {@value} that read as a sentence ... */
  static final int SUMMARY_SENTENCES = 3;
  /** ... among the first {@value} (past datelines, repeated headlines and captions). */
  static final int SUMMARY_SEARCH = 8;
  /** Lemmas that say nothing about what happened. */
  private static final Set<String> STOP = Set.of(
      "be", "have", "do", "say", "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
      "from", "as", "that", "this", "it", "its", "is", "are", "was", "were", "will", "would", "can", "could", "new",
      "also", "after", "before", "over", "more", "than", "into", "about", "up", "out", "not", "no", "but", "he", "she",
      "they", "we", "you", "his", "her", "their", "our", "year", "day", "week", "time", "report", "tell", "make", "get");
  /**
   * Function words in their inflected forms, for headline words the body does not lemmatise (an
   * article that is only a headline): without them "has been said" makes headlines on any subject alike.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "has", "had", "having", "been", "being", "does", "did", "done", "says", "said", "saying", "shall", "should", "may",
      "might", "must", "there", "here", "where", "when", "what", "which", "who", "whom", "whose", "why", "how", "these",
      "those", "them", "him", "its", "my", "your", "me", "us", "all", "any", "some", "each", "every", "both", "either",
      "neither", "other", "another", "such", "only", "own", "same", "very", "just", "now", "then", "still", "yet", "already",
      "because", "since", "while", "until", "though", "although", "if", "unless", "whether", "without", "within", "against",
      "among", "between", "through", "during", "under", "above", "below", "off", "down", "again", "further", "once",
      "most", "less", "least", "much", "many", "few", "several", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "first", "last", "next", "years", "days", "weeks", "months", "month", "today", "yesterday",
      "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago", "near",
      "around", "across", "toward", "towards", "upon", "via", "per", "like", "even", "ever", "never", "always", "often",
      "gets", "got", "makes", "made", "tells", "told", "reports", "reported", "reporting", "according", "amid");

  /** Recogniser tags of tokens that are not words of the story. */
  private static final Set<String> NOT_CONTENT = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private final int leadSentences;

  public StoryTerms() {
    this(LEAD_SENTENCES);
  }

  /** @param leadSentences sentences after the headline whose words count, at least 1 */
  public StoryTerms(int leadSentences) {
    if (leadSentences < 1) {
      throw new IllegalArgumentException("leadSentences must be at least 1, was " + leadSentences);
    }
    this.leadSentences = leadSentences;
  }

  public int leadSentences() {
    return leadSentences;
  }

  @Override
  public String name() {
    return "story terms";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(TERMS);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Sentence> sentences = document.get(Layers.SENTENCES);
    Map<String, Double> words = new HashMap<>();
    Map<String, Token> tokenOf = new HashMap<>();
    int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(leadSentences, sentences.size()) - 1).endToken();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      tokenOf.putIfAbsent(lower(t.text()), t);
      if (i < leadEnd && isContent(t)) {
        add(words, lemma(t));
      }
    }
    String title = document.article().title();
    if (title != null) {
      for (String word : title.split("[^\\p{L}\\p{N}'-]+")) {
        String lw = lower(word);
        Token t = tokenOf.get(lw);
        if (t != null ? isContent(t) : lw.length() > 2 && Character.isLetter(lw.charAt(0)) && !FUNCTION_WORDS.contains(lw)) {
          add(words, t != null ? lemma(t) : lw);
        }
      }
    }
    return document.with(TERMS, new ArticleTerms(new TermVector(words), summaryCandidates(document.text(), tokens, sentences)));
  }

  /**
   * The first {@value #SUMMARY_SENTENCES} sentences that read as one: 8 to 60 tokens, ending in
   * sentence punctuation (which leaves out datelines, bylines and headlines repeated in the body).
   */
  private static List<ArticleTerms.LeadSentence> summaryCandidates(String text, List<Token> tokens, List<Sentence> sentences) {
    List<ArticleTerms.LeadSentence> out = new ArrayList<>();
    for (int s = 0; s < Math.min(SUMMARY_SEARCH, sentences.size()) && out.size() < SUMMARY_SENTENCES; s++) {
      Sentence sentence = sentences.get(s);
      int n = sentence.endToken() - sentence.firstToken();
      String body = text.substring(sentence.start(), sentence.end()).strip();
      if (n < 8 || n > 60 || body.isEmpty() || ".!?\"”'’".indexOf(body.charAt(body.length() - 1)) < 0) {
        continue;
      }
      Map<String, Double> words = new HashMap<>();
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if (isContent(tokens.get(i))) {
          add(words, lemma(tokens.get(i)));
        }
      }
      int start = sentence.start() + text.substring(sentence.start(), sentence.end()).indexOf(body);
      out.add(new ArticleTerms.LeadSentence(start, start + body.length(), body, new TermVector(words)));
    }
    return out;
  }

  private static void add(Map<String, Double> w, String lemma) {
    if (lemma.length() > 2 && !STOP.contains(lemma) && lemma.chars().anyMatch(Character::isLetter)) {
      w.merge(lemma, 1.0, Double::sum);
    }
  }

  private static String lemma(Token t) {
    return lower(t.lemma() == null ? t.text() : t.lemma());
  }

  /**
   * Nouns, verbs and adjectives when parts of speech are known, otherwise words of four letters or
   * more; never dates and numbers ("Friday", "May", "two"), which say when, not what.
   */
  private static boolean isContent(Token t) {
    if (t.ner() != null && NOT_CONTENT.contains(t.ner())) {
      return false;
    }
    String pos = t.pos();
    if (pos == null) {
      return t.text().length() > 3 && Character.isLetter(t.text().charAt(0));
    }
    return pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
