package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.TimeExpression;

/**
 * Stanford CoreNLP as one stage: tokens, sentences and entity mentions (PERSON, ORGANIZATION,
 * LOCATION, MISC); optionally TIMEX3 dates from SUTime.
 *
 * <p>Only what pays for itself runs: CoreNLP's tokenizer and sentence splitter, and one CRF
 * ({@link Settings#nerModel()}, by default the CoNLL 4-class model). Measured on CoNLL-2003 dev and
 * 500 ECB+ articles on one core: that model alone scores F1 0.931 at ~51k tokens/s, while the
 * default three-model combination scores 0.922 at ~17k; the part-of-speech tagger (~38k tokens/s)
 * would cap the whole pipeline below its goal, so there is none: lemmas come from CoreNLP's
 * morphology without tags (correct for "recaptured", "fled", "sieges"; about 1.6M words/s) and
 * {@link Token#pos()} is null. SUTime is off unless asked for; Storyline's own time tagger is the
 * fast default.
 *
 * <p>Thread-safe: CoreNLP's annotators serve concurrent documents (as in its own server); the
 * morphology lexer is not, so each thread has its own.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** CoreNLP's classes, folded into the contract's four (fine classes become subtypes). */
  private static final Map<String, EntityType> TYPES = Map.ofEntries(
      Map.entry("PERSON", EntityType.PERSON), Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
      Map.entry("LOCATION", EntityType.LOCATION), Map.entry("MISC", EntityType.MISC),
      Map.entry("CITY", EntityType.LOCATION), Map.entry("COUNTRY", EntityType.LOCATION),
      Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION), Map.entry("NATIONALITY", EntityType.MISC),
      Map.entry("RELIGION", EntityType.MISC), Map.entry("IDEOLOGY", EntityType.MISC));
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * @param nerModel classpath of the CRF model(s), comma separated when several are combined
   * @param sutime   also produce {@link Layers#TIMES} with SUTime (slow: needs the tagger and its
   *                 numeric classifiers); off when Storyline's own time tagger runs
   * @param pretokenized the text is tokens separated by spaces and sentences by newlines (to score
   *                 on gold tokenization, as CoNLL evaluations do); false for real text
   */
  public record Settings(String nerModel, boolean sutime, boolean pretokenized) implements Serializable {
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    public static final Settings DEFAULTS = new Settings(CONLL_4CLASS, false, false);

    public Settings {
      Objects.requireNonNull(nerModel, "nerModel");
      if (nerModel.isBlank()) {
        throw new IllegalArgumentException("nerModel must name a CRF model on the classpath, was blank");
      }
    }
  }

  private final StanfordCoreNLP corenlp;
  private final boolean sutime;
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

  /** Loads the model (about a second). Make one per process and share it. */
  public CoreNlpAnnotator(Settings settings) {
    this.sutime = settings.sutime();
    // CoreNLP's logging (Redwood) replaces System.out and System.err with its own streams when it
    // starts; ours are put back so that what Storyline prints goes where the caller pointed it.
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      RedwoodConfiguration.current().clear().apply(); // CoreNLP's progress chatter is not for our users
      this.corenlp = new StanfordCoreNLP(properties(settings));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static Properties properties(Settings settings) {
    Properties p = new Properties();
    p.setProperty("annotators", settings.sutime() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    if (settings.pretokenized()) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    }
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ner.model", settings.nerModel());
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", Boolean.toString(settings.sutime()));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(settings.sutime()));
    p.setProperty("ner.maxlen", "250");
    return p;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  /** A mention CoreNLP built from a pronoun: its tokens carry no entity tag of their own. */
  private static boolean isPronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    return tokens != null && !tokens.isEmpty() && "O".equals(tokens.get(0).ner());
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    Set<Layer<?>> layers = new LinkedHashSet<>(List.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS));
    if (sutime) {
      layers.add(Layers.TIMES);
    }
    return layers;
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    Annotation a = new Annotation(text);
    if (sutime && document.article().published() != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, document.article().published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    corenlp.annotate(a);

    Morphology morph = morphology.get();
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      int begin = t.beginPosition();
      int end = t.endPosition();
      String word = text.substring(begin, end);
      String lemma = t.lemma() != null ? t.lemma() : morph.stem(word.toLowerCase(Locale.ROOT));
      tokens.add(new Token(begin, end, word, t.tag(), lemma, t.ner() == null ? "O" : t.ner()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(new Sentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          s.get(CoreAnnotations.TokenBeginAnnotation.class), s.get(CoreAnnotations.TokenEndAnnotation.class)));
    }
    List<Entity> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      if (isPronoun(m)) {
        continue; // CoreNLP adds "he", "his", "him" as PERSON mentions; they are not names
      }
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String span = text.substring(begin, end);
      EntityType type = TYPES.get(tag);
      if (type != null) {
        String subtype = tag.equals(type.name()) ? null : tag;
        entities.add(new Entity(begin, end, span, type, subtype, null));
      } else if (sutime && TIME_TYPES.contains(tag)) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String value = timex == null ? null : (timex.value() != null ? timex.value() : timex.altVal());
        times.add(new TimeExpression(begin, end, span, timex == null ? tag : timex.timexType(), value));
      }
    }
    Document d = document
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.ENTITY_MENTIONS, List.copyOf(entities));
    return sutime ? d.with(Layers.TIMES, List.copyOf(times)) : d;
  }
}
