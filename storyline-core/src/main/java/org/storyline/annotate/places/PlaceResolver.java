package org.storyline.annotate.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;

/**
 * Resolves location mentions to gazetteer entries. Among the entries a name may mean, it prefers:
 * countries (a name that is a country's is nearly always the country), then the most prominent
 * place, where prominence is population (a city carries that of a region of the same name it
 * lies in: Geneva the city is as known as Geneva the canton) plus capital status, with a bonus for
 * places in the countries the document is about (named countries, nationality adjectives,
 * unambiguous places). Regions lose to a city of the same name ("Aleppo" the city, not the
 * governorate). One sense per discourse: a name resolves the same way throughout a document.
 */
public final class PlaceResolver implements Annotator {
  /**
   * Score added for a candidate in a country the document names: one order of magnitude of
   * population, so context decides between comparable places but does not send "Rome" to Rome,
   * Georgia, because the US is mentioned.
   */
  private static final double CONTEXT_BONUS = 1.0;
  private static final double COUNTRY_BONUS = 3.0;
  private static final double REGION_PENALTY = 1.0;
  /** Prominence of capitals: a national capital, a region's seat, a county's seat (GeoNames feature codes). */
  private static final Map<String, Double> STATUS = Map.of("PPLC", 1.0, "PPLA", 0.5, "PPLA2", 0.2);

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
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
    List<Entity> entities = document.get(Layers.ENTITY_MENTIONS);
    Map<String, Integer> context = countryContext(entities);
    Map<String, GazetteerEntry> senses = new HashMap<>();
    List<Place> places = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      String key = Names.key(e.text());
      GazetteerEntry best = senses.computeIfAbsent(key, k -> resolve(e.text(), context));
      if (best != null) {
        places.add(new Place(e.start(), e.end(), e.text(), best.name(), best.lat(), best.lon(), best.country(),
            best.kind() == GazetteerEntry.Kind.COUNTRY ? null : gazetteer.regionName(best.country(), best.admin1()),
            best.geonameId(), best.featureCode()));
      }
    }
    return document.with(Layers.PLACES, List.copyOf(places));
  }

  /** Countries the document is about, with how often they are evoked. */
  private Map<String, Integer> countryContext(List<Entity> entities) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION) {
        List<GazetteerEntry> candidates = gazetteer.lookup(e.text());
        candidates.stream().filter(c -> c.kind() == GazetteerEntry.Kind.COUNTRY).findFirst()
            .ifPresentOrElse(c -> counts.merge(c.country(), 1, Integer::sum), () -> {
              if (candidates.size() == 1) {
                counts.merge(candidates.get(0).country(), 1, Integer::sum);
              }
            });
      } else if (e.type() == EntityType.MISC) {
        gazetteer.countryOfNationality(e.text()).ifPresent(cc -> counts.merge(cc, 1, Integer::sum));
      }
    }
    return counts;
  }

  private GazetteerEntry resolve(String name, Map<String, Integer> context) {
    List<GazetteerEntry> candidates = gazetteer.lookup(name);
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry c : candidates) {
      double score = Math.log10(prominentPopulation(c, candidates) + 10.0) + STATUS.getOrDefault(c.featureCode(), 0.0);
      if (c.kind() == GazetteerEntry.Kind.COUNTRY) {
        score += COUNTRY_BONUS;
      } else if (c.kind() == GazetteerEntry.Kind.ADMIN1) {
        score -= REGION_PENALTY;
      }
      if (context.containsKey(c.country())) {
        score += CONTEXT_BONUS;
      }
      if (score > bestScore || (score == bestScore && best != null && tieBreak(c, best))) {
        best = c;
        bestScore = score;
      }
    }
    return best;
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
