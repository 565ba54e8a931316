package org.storyline.annotate.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.model.PlacePrecision;
import org.storyline.testing.Articles;
import org.storyline.testing.Geo;
import org.storyline.testing.DictionaryRecogniser;

class PlaceResolverTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.bundled();
  }

  private static List<Place> places(String text, Map<String, EntityType> names) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(Articles.of("a", null, text, null)));
    return new PlaceResolver(gazetteer).annotate(d).get(Layers.PLACES);
  }

  @Test
  void resolvesAleppoInSyriaNearItsCentre() {
    String text = "Syrian troops besieged Aleppo.";
    List<Place> p = places(text, Map.of("Syrian", EntityType.MISC, "Aleppo", EntityType.LOCATION));
    assertThat(p).extracting(Place::text).containsExactly("Syrian", "Aleppo");
    assertThat(p.get(1)).satisfies(a -> {
      assertThat(a.country()).isEqualTo("SY");
      assertThat(a.geonameId()).isEqualTo(170063L);
      assertThat(Geo.km(a.lat(), a.lon(), 36.20, 37.16)).isLessThan(25);
      assertThat(a.admin1()).isEqualTo("Aleppo");
      assertThat(a.start()).isEqualTo(text.indexOf("Aleppo"));
      assertThat(a.text()).isEqualTo("Aleppo");
      assertThat(a.precision()).isEqualTo(PlacePrecision.CITY);
    });
  }

  @Test
  void aDemonymEvokesItsCountryAndIsMarkedAsSuch() {
    List<Place> p = places("Syrian troops besieged Aleppo.", Map.of("Syrian", EntityType.MISC, "Aleppo", EntityType.LOCATION));
    assertThat(p.get(0)).satisfies(s -> {
      assertThat(s.demonym()).isTrue();
      assertThat(s.country()).isEqualTo("SY");
      assertThat(s.geonameId()).isEqualTo(163843L);
      assertThat(s.precision()).isEqualTo(PlacePrecision.COUNTRY);
    });
    assertThat(p.get(1).demonym()).isFalse();
    assertThat(places("The US and Russia met.", Map.of("US", EntityType.MISC, "Russia", EntityType.LOCATION)))
        .extracting(Place::demonym).containsExactly(false, false); // names, even where CountryInfo lists them as nationalities
  }

  @Test
  void aCountryNameIsTheCountryAtItsCentroid() {
    List<Place> p = places("The US and Russia met.", Map.of("US", EntityType.LOCATION, "Russia", EntityType.LOCATION));
    assertThat(p).extracting(Place::country).containsExactly("US", "RU");
    assertThat(p).extracting(Place::geonameId).containsExactly(6252001L, 2017370L); // GeoNames' country features
    Place russia = p.get(1);
    assertThat(russia.lon()).isBetween(30.0, 140.0); // the antimeridian does not drag it off the map
    assertThat(russia.lat()).isBetween(50.0, 70.0);
    assertThat(p).extracting(Place::precision).containsOnly(PlacePrecision.COUNTRY);
  }

  @Test
  void documentCountriesDecideAmbiguousNames() {
    List<Place> us = places("Washington and Moscow said the US would talk.",
        Map.of("Washington", EntityType.LOCATION, "Moscow", EntityType.LOCATION, "US", EntityType.LOCATION));
    assertThat(us.get(0)).satisfies(w -> assertThat(Geo.km(w.lat(), w.lon(), 38.9, -77.04)).isLessThan(25));
  }

  @Test
  void aWellKnownCityBeatsASmallNamesakeInAMentionedCountry() {
    // the US is named, but Geneva is the Swiss one and Rome the Italian one (regression: Geneva, Illinois)
    List<Place> p = places("The US held talks in Geneva and in Rome.",
        Map.of("US", EntityType.LOCATION, "Geneva", EntityType.LOCATION, "Rome", EntityType.LOCATION));
    assertThat(p).extracting(Place::country).containsExactly("US", "CH", "IT");
  }

  @Test
  void matchesTransliterationsAndDiacritics() {
    assertThat(gazetteer.lookup("Hangchow")).extracting(GazetteerEntry::geonameId).contains(1808926L);
    assertThat(gazetteer.lookup("sant julia de loria")).isNotEmpty();
    assertThat(gazetteer.countryOfNationality("Turkish")).hasValue("TR");
  }
}
