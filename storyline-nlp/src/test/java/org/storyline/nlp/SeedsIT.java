package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.extract.Dates;
import org.storyline.json.ContractJson;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.model.Result;
import org.storyline.model.TimeExpression;
import org.storyline.testing.Geo;
import org.storyline.testing.SharedData;

/**
 * The two seed reports (../shared/data/seeds), annotated with their publication dates from
 * metadata.json, hold what an analyst reads in them. Skipped when the shared data is absent.
 */
class SeedsIT {
  private static final String AFP = "003_8ccff1d033eb168c.txt";
  private static final String BBC = "000_bdbe190ddf27f643.txt";
  private static Path seeds;

  @BeforeAll
  static void locate() {
    seeds = SharedData.require("seeds");
  }

  /** As check-seeds builds it: the first line is the headline, the rest (stripped) the text. */
  private static Annotations annotate(String file) throws IOException {
    JsonNode meta = ContractJson.mapper().readTree(seeds.resolve("metadata.json").toFile()).get(file);
    String[] lines = Files.readString(seeds.resolve(file)).split("\n", 2);
    Article article = new Article(file, null, meta.path("source").asText(null), lines[0], lines[1].strip(),
        Dates.parse(meta.get("published").asText()).orElseThrow(), "en");
    Result<AnnotatedArticle> r = Models.pipeline().annotate(article);
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<AnnotatedArticle>) r).value().annotations();
  }

  private static List<String> people(Annotations a) {
    return a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(e -> e.canonical()).toList();
  }

  private static List<String> values(Annotations a, String phrase) {
    return a.times().stream().filter(t -> t.text().contains(phrase)).map(TimeExpression::value).toList();
  }

  @Test
  void bothReportsNameKerryAndLavrov() throws IOException {
    for (String seed : List.of(AFP, BBC)) {
      List<String> people = people(annotate(seed));
      assertThat(people).as(seed).anyMatch(p -> p.contains("John Kerry"));
      assertThat(people).as(seed).anyMatch(p -> p.matches("Serge[iy] Lavrov"));
    }
  }

  @Test
  void aleppoIsGeocodedWithin25KmOfTheCity() throws IOException {
    for (String seed : List.of(AFP, BBC)) {
      List<Place> aleppo = annotate(seed).places().stream().filter(p -> p.text().equals("Aleppo")).toList();
      assertThat(aleppo).as(seed).isNotEmpty().allSatisfy(p -> {
        assertThat(p.country()).isEqualTo("SY");
        assertThat(Geo.km(p.lat(), p.lon(), 36.20, 37.16)).isLessThan(25);
      });
    }
  }

  @Test
  void onSundayInTheAfpReportIsTheFourthOfSeptember() throws IOException {
    assertThat(values(annotate(AFP), "Sunday")).isNotEmpty().containsOnly("2016-09-04");
  }

  @Test
  void nextMonthInTheDecemberReportIsJanuary2017() throws IOException {
    assertThat(values(annotate(BBC), "next month")).containsExactly("2017-01");
  }

  @Test
  void theObservatoryAndTheBritainBasedMonitorAreTheSyrianObservatory() throws IOException {
    String sohr = "Syrian Observatory for Human Rights";
    assertThat(annotate(BBC).entities()).filteredOn(e -> e.text().equals("Observatory"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.canonical()).isEqualTo(sohr));
    assertThat(annotate(AFP).entities()).filteredOn(e -> e.text().endsWith("monitor"))
        .extracting(e -> e.text() + " = " + e.canonical()).contains("Britain-based monitor = " + sohr);
  }

  @Test
  void theAfpReportsDatesAreTheDaysItMeans() throws IOException {
    Annotations afp = annotate(AFP);
    assertThat(values(afp, "Monday")).containsOnly("2016-09-05"); // "are set to meet again on Monday": the next one
    assertThat(values(afp, "August 24")).containsExactly("2016-08-24");
    assertThat(values(afp, "March 2011")).containsExactly("2011-03");
    assertThat(values(afp, "mid-2012")).containsExactly("2012");
    assertThat(values(afp, "five-year")).containsExactly("P5Y");
    assertThat(values(afp, "48-hour")).containsExactly("PT48H");
  }

  @Test
  void midNovemberAndNextWeekInTheDecemberReport() throws IOException {
    Annotations bbc = annotate(BBC);
    assertThat(values(bbc, "mid-November")).containsExactly("2016-11");
    assertThat(values(bbc, "next week")).isNotEmpty().containsOnly("2016-W49");
  }

  @Test
  void eventsOfTheAfpReportHappenOnTheSundayItNames() throws IOException {
    assertThat(annotate(AFP).events()).filteredOn(e -> e.sentence().contains("renewed the siege"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2016-09-04"));
  }
}
