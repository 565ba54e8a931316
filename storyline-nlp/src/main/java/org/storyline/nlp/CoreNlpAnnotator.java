package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Stanford CoreNLP ({@code tokenize, ssplit, pos, lemma, ner}) as one stage: tokens with part of
 * speech and lemma, sentences, entity mentions (PERSON, ORGANIZATION, LOCATION, MISC) and TIMEX3
 * dates from SUTime, anchored at the article's publication date.
 *
 * <p>Fine-grained NER (the KBP lists) is off by default: it costs about 70% of NER time and 470 MB
 * of heap for types Storyline derives otherwise (places from the gazetteer). Thread-safe: CoreNLP's
 * annotators serve concurrent documents, as in its own server.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** Fine types CoreNLP may emit, folded into the contract's four. */
  private static final Map<String, EntityType> TYPES = Map.ofEntries(
      Map.entry("PERSON", EntityType.PERSON), Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
      Map.entry("LOCATION", EntityType.LOCATION), Map.entry("MISC", EntityType.MISC),
      Map.entry("CITY", EntityType.LOCATION), Map.entry("COUNTRY", EntityType.LOCATION),
      Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION), Map.entry("NATIONALITY", EntityType.MISC),
      Map.entry("RELIGION", EntityType.MISC), Map.entry("IDEOLOGY", EntityType.MISC));
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * @param fineGrained run CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, ... as subtypes)
   */
  public record Settings(boolean fineGrained) implements Serializable {
    public static final Settings DEFAULTS = new Settings(false);
  }

  private final StanfordCoreNLP corenlp;

  /** Loads the models: 10–40 s and several hundred MB. Make one per process and share it. */
  public CoreNlpAnnotator(Settings settings) {
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
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrained()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("pos.maxlen", "200");
    p.setProperty("ner.maxlen", "200");
    return p;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS, Layers.TIMES);
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    Annotation a = new Annotation(text);
    if (document.article().published() != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, document.article().published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    corenlp.annotate(a);

    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      int begin = t.beginPosition();
      int end = t.endPosition();
      tokens.add(new Token(begin, end, text.substring(begin, end), t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner()));
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
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String span = text.substring(begin, end);
      EntityType type = TYPES.get(tag);
      if (type != null) {
        String subtype = tag.equals(type.name()) ? null : tag;
        entities.add(new Entity(begin, end, span, type, subtype, null));
      } else if (TIME_TYPES.contains(tag)) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String value = timex == null ? null : (timex.value() != null ? timex.value() : timex.altVal());
        String timexType = timex == null ? tag : timex.timexType();
        times.add(new TimeExpression(begin, end, span, timexType, value));
      }
    }
    return document
        .with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.ENTITY_MENTIONS, List.copyOf(entities))
        .with(Layers.TIMES, List.copyOf(times));
  }
}
