package org.storyline.annotate.places;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.model.Article;
import org.storyline.model.Place;
import org.storyline.model.PlacePrecision;

/**
 * Finds the toponyms of a document ({@link ToponymFinder}) and resolves each to a gazetteer entry.
 *
 * <p>Among the entries a name may mean, the score prefers, in this order of weight:
 * <ol>
 *   <li>a qualifier the text gives: "Paris, Texas", "Gatineau, Que.", "Aleppo, Syria";
 *   <li>countries, continents and well-known regions (a name that is a country's is nearly always the country);
 *   <li>prominence: log population (a city carries that of a same-named region it lies in: Geneva
 *       the city is as known as Geneva the canton) plus capital status; regions lose to a city of
 *       the same name ("Aleppo" the city, not the governorate), counties more so;
 *   <li>the document's context, gathered in a first pass from its unambiguous toponyms: countries
 *       named or evoked by demonyms (Aleppo with Syria is Aleppo, SY, not Aleppo, Pennsylvania),
 *       first-order regions named (Edmonton with Alberta), and readings within 150 km of a
 *       plausible reading of another name (Edmonton with Enfield is in London);
 *   <li>the outlet's home country, from its web address, as a weak prior for local news.
 * </ol>
 * One sense per discourse: a name resolves the same way throughout a document. The weights were
 * set on GeoWebNews (development); TR-News is held out for reporting ({@code storyline eval geo}).
 */
public final class PlaceResolver implements Annotator {
  /** Added for a country, continent or region: above any city's population prior, but a qualifier still wins. */
  private static final double COUNTRY_BONUS = 3.0;
  private static final double AREA_BONUS = 6.0;
  private static final double REGION_PENALTY = 1.0;
  private static final double COUNTY_PENALTY = 2.0;
  /** One order of magnitude of population: context decides between comparable places only. */
  private static final double CONTEXT_BONUS = 1.0;
  private static final double ADMIN1_BONUS = 1.5;
  private static final double NEARBY_BONUS = 1.0;
  /** Within this distance (km) a plausible reading of another name counts as near. */
  private static final double NEARBY_KM = 150;
  /** The outlet's country: as much as a named country, since local news names local places bare ("Edmonton" in a north London paper). */
  private static final double OUTLET_BONUS = 1.0;
  private static final double QUALIFIER_BONUS = 6.0;
  /** A name is an anchor of the first pass when its best reading leads the next by this much. */
  private static final double ANCHOR_MARGIN = 1.5;
  private static final double PLAUSIBLE_MARGIN = 1.0;
  private static final int PLAUSIBLE_MAX = 20;
  /** Prominence of capitals: a national capital, a region's seat, a county's seat (GeoNames feature codes). */
  private static final Map<String, Double> STATUS = Map.of("PPLC", 1.0, "PPLA", 0.5, "PPLA2", 0.2);
  /** Smallest population of a transliterated match outside the document's countries. */
  private static final long LOOSE_POPULATION = 100_000;
  private static final List<String> AREA_SUFFIXES = List.of(" county", " province", " district", " governorate", " region",
      " state", " oblast", " prefecture", " municipality", " parish");

  /**
   * @param matchNames also find gazetteer names the recogniser missed; off when the mentions are
   *                   given (gold spans), so that only they are resolved
   */
  public record Settings(boolean matchNames) implements Serializable {
    public static final Settings DEFAULTS = new Settings(true);
    public static final Settings GIVEN_MENTIONS = new Settings(false);
  }

  private final Gazetteer gazetteer;
  private final Settings settings;
  private final ToponymFinder finder;

  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, Settings.DEFAULTS);
  }

  public PlaceResolver(Gazetteer gazetteer, Settings settings) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.finder = new ToponymFinder(gazetteer);
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.PLACES);
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    List<ToponymFinder.Mention> mentions = finder.find(text, document.get(Layers.ENTITY_MENTIONS), settings.matchNames());
    Map<String, List<GazetteerEntry>> candidates = new HashMap<>();
    for (ToponymFinder.Mention m : mentions) {
      if (m.role() == ToponymFinder.Role.NAME) {
        candidates.computeIfAbsent(Names.key(m.text()), k -> candidates(m.text()));
      }
    }
    Context context = context(mentions, candidates, outletCountry(document.article()));
    for (ToponymFinder.Mention m : mentions) {
      if (m.role() == ToponymFinder.Role.NAME && candidates.get(Names.key(m.text())).isEmpty()) {
        candidates.put(Names.key(m.text()), looseCandidates(m.text(), context));
      }
    }
    Map<String, GazetteerEntry> senses = new HashMap<>();
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      ToponymFinder.Mention m = mentions.get(i);
      List<GazetteerEntry> qualifier = m.role() == ToponymFinder.Role.NAME ? qualifier(text, mentions, i, candidates) : null;
      GazetteerEntry e = switch (m.role()) {
        case NAME -> senses.computeIfAbsent(Names.key(m.text()), k -> best(candidates.get(k), context, qualifier, k));
        case DEMONYM -> m.country() != null ? gazetteer.country(m.country()).orElse(null)
            : gazetteer.regionOfAdjective(m.text()).orElse(null);
        case BORDER -> border(m, context);
        case PART -> gazetteer.part(m.country(), m.direction()).orElse(null);
      };
      if (e != null) {
        places.add(place(m, e));
      }
    }
    return document.with(Layers.PLACES, List.copyOf(places));
  }

  private Place place(ToponymFinder.Mention m, GazetteerEntry e) {
    String admin1 = e.kind() == GazetteerEntry.Kind.CITY || e.kind() == GazetteerEntry.Kind.ADMIN1 || e.kind() == GazetteerEntry.Kind.ADMIN2
        ? gazetteer.regionName(e.country(), e.admin1()) : null;
    return new Place(m.start(), m.end(), m.text(), e.name(), e.lat(), e.lon(), e.country(), admin1, e.geonameId(),
        e.featureCode(), precision(e), m.role() == ToponymFinder.Role.DEMONYM);
  }

  private static PlacePrecision precision(GazetteerEntry e) {
    return switch (e.kind()) {
      case CITY -> e.featureCode().startsWith("PPL") ? PlacePrecision.CITY : PlacePrecision.POINT;
      case ADMIN1, ADMIN2 -> PlacePrecision.ADMIN1;
      case COUNTRY -> PlacePrecision.COUNTRY;
      case REGION, CONTINENT -> PlacePrecision.REGION;
    };
  }

  /** The entries a name may mean: exact names, else a region named with its type ("Metcalfe County"), else transliterations. */
  private List<GazetteerEntry> candidates(String name) {
    List<GazetteerEntry> exact = gazetteer.lookup(name);
    if (!exact.isEmpty()) {
      return exact;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : AREA_SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
        List<GazetteerEntry> areas = gazetteer.lookup(name.substring(0, name.length() - suffix.length())).stream()
            .filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 || e.kind() == GazetteerEntry.Kind.ADMIN2).toList();
        if (!areas.isEmpty()) {
          return areas;
        }
      }
    }
    if (lower.endsWith(" city") && lower.length() > 7) {
      List<GazetteerEntry> cities = gazetteer.lookup(name.substring(0, name.length() - 5)).stream()
          .filter(e -> e.kind() == GazetteerEntry.Kind.CITY).toList();
      if (!cities.isEmpty()) {
        return cities;
      }
    }
    return List.of();
  }

  /**
   * Transliterations of a name nothing else matched ("Ramussa" → Ar Ramusah), kept only in the
   * document's countries or when large: a loose match elsewhere is more often a different place.
   */
  private List<GazetteerEntry> looseCandidates(String name, Context context) {
    if (name.length() < 5) {
      return List.of();
    }
    return gazetteer.lookupLoose(name).stream()
        .filter(e -> context.countries().containsKey(e.country()) || e.population() >= LOOSE_POPULATION).toList();
  }

  /** What the document is about, from its unambiguous toponyms. */
  private record Context(Map<String, Integer> countries, Set<String> admin1s, List<double[]> points, String outlet, String topCountry) {}

  private Context context(List<ToponymFinder.Mention> mentions, Map<String, List<GazetteerEntry>> candidates, String outlet) {
    Map<String, Integer> countries = new HashMap<>();
    Set<String> admin1s = new HashSet<>();
    List<double[]> points = new ArrayList<>();
    Context empty = new Context(Map.of(), Set.of(), List.of(), outlet, null);
    Map<String, GazetteerEntry> anchors = new HashMap<>();
    Set<String> plausibleDone = new HashSet<>();
    for (ToponymFinder.Mention m : mentions) {
      switch (m.role()) {
        case DEMONYM, PART -> {
          if (m.country() != null) {
            countries.merge(m.country(), 1, Integer::sum);
          }
        }
        case BORDER -> {
          countries.merge(m.country(), 1, Integer::sum);
          if (m.other() != null) {
            countries.merge(m.other(), 1, Integer::sum);
          }
        }
        case NAME -> {
          String key = Names.key(m.text());
          GazetteerEntry anchor = anchors.computeIfAbsent(key, k -> anchor(candidates.get(k), empty));
          if (anchor != null && anchor.country() != null) {
            countries.merge(anchor.country(), 1, Integer::sum);
            if (anchor.kind() == GazetteerEntry.Kind.ADMIN1) {
              admin1s.add(anchor.country() + "." + anchor.admin1());
            }
          }
          if (plausibleDone.add(key)) {
            plausible(candidates.get(key), empty).forEach(c -> points.add(new double[] {c.lat(), c.lon(), key.hashCode()}));
          }
        }
      }
    }
    String top = countries.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    return new Context(countries, admin1s, points, outlet, top);
  }

  /**
   * The cities a name may well mean: those whose prior is within {@link #PLAUSIBLE_MARGIN} of the
   * best, at most {@link #PLAUSIBLE_MAX}. Two names with plausible readings near each other
   * ("Edmonton" and "Enfield", both in north London) make each other likelier there.
   */
  private List<GazetteerEntry> plausible(List<GazetteerEntry> candidates, Context empty) {
    if (candidates == null || candidates.isEmpty()) {
      return List.of();
    }
    double[] scores = new double[candidates.size()];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score(candidates.get(i), candidates, empty, null, 0);
      best = Math.max(best, scores[i]);
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (int i = 0; i < scores.length && out.size() < PLAUSIBLE_MAX; i++) {
      if (scores[i] >= best - PLAUSIBLE_MARGIN && candidates.get(i).kind() == GazetteerEntry.Kind.CITY) {
        out.add(candidates.get(i));
      }
    }
    return out;
  }

  /** The reading of a name that needs no context: the only one, or one far ahead of the rest. */
  private GazetteerEntry anchor(List<GazetteerEntry> candidates, Context empty) {
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    GazetteerEntry top = null;
    for (GazetteerEntry c : candidates) {
      double s = score(c, candidates, empty, null, 0);
      if (s > best) {
        second = best;
        best = s;
        top = c;
      } else if (s > second) {
        second = s;
      }
    }
    return best - second >= ANCHOR_MARGIN ? top : null;
  }

  private GazetteerEntry best(List<GazetteerEntry> candidates, Context context, List<GazetteerEntry> qualifier, String key) {
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry c : candidates) {
      double score = score(c, candidates, context, qualifier, key.hashCode());
      if (score > bestScore || (score == bestScore && best != null && tieBreak(c, best))) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private double score(GazetteerEntry c, List<GazetteerEntry> candidates, Context context, List<GazetteerEntry> qualifier, int key) {
    double score = Math.log10(prominentPopulation(c, candidates) + 10.0) + STATUS.getOrDefault(c.featureCode(), 0.0);
    score += switch (c.kind()) {
      case COUNTRY -> COUNTRY_BONUS;
      case CONTINENT, REGION -> AREA_BONUS;
      case ADMIN1 -> -REGION_PENALTY;
      case ADMIN2 -> -COUNTY_PENALTY;
      case CITY -> 0;
    };
    if (c.country() != null && context.countries().containsKey(c.country())) {
      score += CONTEXT_BONUS;
    }
    if (c.kind() != GazetteerEntry.Kind.COUNTRY && c.admin1() != null && context.admin1s().contains(c.country() + "." + c.admin1())) {
      score += ADMIN1_BONUS;
    }
    if (c.kind() == GazetteerEntry.Kind.CITY && near(c, context.points(), key)) {
      score += NEARBY_BONUS;
    }
    if (c.kind() != GazetteerEntry.Kind.COUNTRY && c.country() != null && c.country().equals(context.outlet())) {
      score += OUTLET_BONUS;
    }
    if (qualifier != null && qualifies(c, qualifier)) {
      score += QUALIFIER_BONUS;
    }
    return score;
  }

  private static boolean near(GazetteerEntry c, List<double[]> points, int key) {
    for (double[] p : points) {
      if ((int) p[2] != key && GreatCircle.km(c.lat(), c.lon(), p[0], p[1]) <= NEARBY_KM) {
        return true;
      }
    }
    return false;
  }

  /** Whether the candidate lies in one of the qualifier's readings (the country or the region after the comma). */
  private static boolean qualifies(GazetteerEntry c, List<GazetteerEntry> qualifier) {
    for (GazetteerEntry q : qualifier) {
      boolean sameCountry = q.country() != null && q.country().equals(c.country());
      if ((q.kind() == GazetteerEntry.Kind.COUNTRY && sameCountry && c.kind() != GazetteerEntry.Kind.COUNTRY)
          || (q.kind() == GazetteerEntry.Kind.ADMIN1 && sameCountry && Objects.equals(q.admin1(), c.admin1())
              && c.kind() != GazetteerEntry.Kind.ADMIN1)) {
        return true;
      }
    }
    return false;
  }

  /** The readings of the name right after this one, when a comma joins them ("Paris, Texas"); else null. */
  private static List<GazetteerEntry> qualifier(String text, List<ToponymFinder.Mention> mentions, int i,
      Map<String, List<GazetteerEntry>> candidates) {
    ToponymFinder.Mention m = mentions.get(i);
    for (int k = i + 1; k < mentions.size(); k++) {
      ToponymFinder.Mention n = mentions.get(k);
      if (n.start() < m.end()) {
        continue;
      }
      String between = text.substring(m.end(), n.start());
      if (n.role() == ToponymFinder.Role.NAME && between.matches(",\\s?")) {
        return candidates.get(Names.key(n.text()));
      }
      return null;
    }
    return null;
  }

  private GazetteerEntry border(ToponymFinder.Mention m, Context context) {
    if (m.other() != null) {
      return gazetteer.border(m.country(), m.other()).orElse(null);
    }
    // "the Turkish border": the other side is the country the document is most about, if it is a neighbour
    String other = context.countries().entrySet().stream()
        .filter(e -> !e.getKey().equals(m.country()) && gazetteer.neighbours(m.country()).contains(e.getKey()))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    return other == null ? null : gazetteer.border(m.country(), other).orElse(null);
  }

  /**
   * The country of the outlet's web address when it ends in a country code ("cbc.ca" → CA,
   * "bbc.co.uk" → GB); null for generic domains.
   */
  private String outletCountry(Article a) {
    String host = null;
    try {
      host = a.url() == null ? null : URI.create(a.url().strip()).getHost();
    } catch (IllegalArgumentException e) {
      host = null; // an unparsable address says nothing about the outlet
    }
    if (host == null && a.source() != null && a.source().contains(".")) {
      host = a.source();
    }
    if (host == null) {
      return null;
    }
    String tld = host.substring(host.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    if (tld.equals("UK")) {
      tld = "GB";
    }
    return tld.length() == 2 && gazetteer.country(tld).isPresent() ? tld : null;
  }

  /** A city's population, or that of a same-named first-order region it lies in when larger. */
  private static long prominentPopulation(GazetteerEntry c, List<GazetteerEntry> sameName) {
    long population = c.population();
    if (c.kind() == GazetteerEntry.Kind.CITY) {
      for (GazetteerEntry r : sameName) {
        if (r.kind() == GazetteerEntry.Kind.ADMIN1 && r.country().equals(c.country()) && r.admin1().equals(c.admin1())) {
          population = Math.max(population, r.population());
        }
      }
    }
    return population;
  }

  /** Deterministic order among equal scores: lower GeoNames id first. */
  private static boolean tieBreak(GazetteerEntry a, GazetteerEntry b) {
    long ia = a.geonameId() == null ? Long.MAX_VALUE : a.geonameId();
    long ib = b.geonameId() == null ? Long.MAX_VALUE : b.geonameId();
    return ia < ib;
  }
}
