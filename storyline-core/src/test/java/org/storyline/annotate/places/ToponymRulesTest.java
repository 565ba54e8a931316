package org.storyline.annotate.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.model.PlacePrecision;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;
import org.storyline.testing.Geo;

/** The rules beyond one name, one place: qualifiers, borders, parts, datelines, names the recogniser missed. */
class ToponymRulesTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.bundled();
  }

  private static List<Place> places(Article article, Map<String, EntityType> names) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(article));
    return new PlaceResolver(gazetteer).annotate(d).get(Layers.PLACES);
  }

  private static List<Place> places(String text, Map<String, EntityType> names) {
    return places(Articles.of("a", null, text, null), names);
  }

  private static Place named(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + places));
  }

  @Test
  void aQualifierAfterACommaDecides() {
    List<Place> p = places("He grew up in Paris, Texas, far from France.",
        Map.of("Paris", EntityType.LOCATION, "Texas", EntityType.LOCATION, "France", EntityType.LOCATION));
    assertThat(named(p, "Paris").country()).isEqualTo("US");
    assertThat(named(p, "Paris").admin1()).isEqualTo("Texas");
  }

  @Test
  void aBorderBetweenTwoCountriesIsARegionBetweenThem() {
    String text = "Rebels expelled IS from the last stretch of the Syrian-Turkish border under its control.";
    List<Place> p = places(text, Map.of("Syrian-Turkish", EntityType.MISC));
    Place border = named(p, "the Syrian-Turkish border");
    assertThat(border.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(border.country()).isEqualTo("SY");
    assertThat(border.demonym()).isFalse();
    assertThat(Geo.km(border.lat(), border.lon(), 36.8, 38.0)).isLessThan(150); // between Aleppo and Gaziantep
    assertThat(p).filteredOn(Place::demonym).extracting(Place::country).containsExactly("SY", "TR");
  }

  @Test
  void oneSideOfABorderTakesTheOtherFromTheDocument() {
    List<Place> p = places("Syria said the road runs from the Turkish border in the north.", Map.of("Syria", EntityType.LOCATION));
    assertThat(named(p, "the Turkish border").name()).contains("Syria").contains("Turkey");
  }

  @Test
  void aCompassPartOfACountryIsARegionOfIt() {
    List<Place> p = places("A Kurdish region in northern Syria.", Map.of("Syria", EntityType.LOCATION));
    Place north = named(p, "northern Syria");
    Place syria = named(p, "Syria");
    assertThat(north.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(north.country()).isEqualTo("SY");
    assertThat(north.lat()).isGreaterThan(syria.lat());
    assertThat(places("North Korea fired.", Map.of("North Korea", EntityType.LOCATION)))
        .extracting(Place::country).containsExactly("KP"); // a name, not the north of Korea
  }

  @Test
  void aDatelineInCapitalsWithARegionAbbreviationIsFound() {
    List<Place> p = places("SPRINGFIELD, Ill. (AP) - Officials say the count is done.", Map.of());
    assertThat(named(p, "SPRINGFIELD").admin1()).isEqualTo("Illinois");
    assertThat(named(p, "Ill.").precision()).isEqualTo(PlacePrecision.ADMIN1);
  }

  @Test
  void wellKnownNamesTheRecogniserMissedAreFoundButNotCommonWords() {
    List<Place> p = places("Talks with Iran and the EU resumed in May. Reading the news, he left.", Map.of());
    assertThat(p).extracting(Place::text).containsExactly("Iran", "EU");
    assertThat(named(p, "EU").name()).isEqualTo("Europe");
  }

  @Test
  void aRoadNoGazetteerKnowsHasNoPlace() {
    assertThat(places("The key Castello Road was cut.", Map.of("Castello Road", EntityType.LOCATION))).isEmpty();
  }

  @Test
  void aCountyNamedWithItsTypeIsTheCounty() {
    List<Place> p = places("Schools in Metcalfe County closed.", Map.of("Metcalfe County", EntityType.LOCATION));
    assertThat(named(p, "Metcalfe County")).satisfies(c -> {
      assertThat(c.admin1()).isEqualTo("Kentucky");
      assertThat(c.featureCode()).isEqualTo("ADM2");
    });
  }

  @Test
  void theOutletsCountryAndNearbyPlacesDecideLocalNews() {
    Article local = new Article("a", "https://www.enfield-today.co.uk/news/1", null, null,
        "Police in Edmonton and Enfield said roads reopened.", null, "en");
    List<Place> p = places(local, Map.of("Edmonton", EntityType.LOCATION, "Enfield", EntityType.LOCATION));
    assertThat(named(p, "Edmonton").country()).isEqualTo("GB");
    assertThat(named(places("Police in Edmonton said roads reopened.", Map.of("Edmonton", EntityType.LOCATION)), "Edmonton")
        .country()).isEqualTo("CA");
  }

  @Test
  void continentsAndTheirAdjectivesAreRegions() {
    List<Place> p = places("European ministers met in Europe.", Map.of("European", EntityType.MISC, "Europe", EntityType.LOCATION));
    assertThat(p).extracting(Place::geonameId).containsExactly(6255148L, 6255148L);
    assertThat(p.get(0).demonym()).isTrue();
  }

  @Test
  void transliterationsShareALooseKey() {
    assertThat(Names.loose(Names.key("Ar Ramusah"))).isEqualTo(Names.loose(Names.key("Ramussa")));
    assertThat(Names.loose(Names.key("Sergey"))).isEqualTo(Names.loose(Names.key("Sergei")));
    assertThat(Names.key("Sant Julià de Lòria")).isEqualTo(Names.key("sant julia de loria"));
    assertThat(Names.key("The U.S.")).isEqualTo("u s");
  }

  @Test
  void abbreviationsMatchOnlyAsWritten() {
    assertThat(gazetteer.lookup("Ky.")).extracting(GazetteerEntry::name).contains("Kentucky");
    assertThat(gazetteer.lookup("ky")).extracting(GazetteerEntry::name).doesNotContain("Kentucky");
  }
}
