package org.storyline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class DescriptorLinkerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final DictionaryRecogniser RECOGNISER = new DictionaryRecogniser(Map.of(
      "Syrian Observatory for Human Rights", EntityType.ORGANIZATION, "Rami Abdel Rahman", EntityType.PERSON,
      "Britain", EntityType.LOCATION, "Security Council", EntityType.ORGANIZATION, "UN", EntityType.ORGANIZATION));

  private static List<Entity> entities(String text) {
    Document d = RECOGNISER.annotate(Document.of(Articles.of("a", null, text, "2016-09-04")));
    d = new OrganizationRecogniser(Organizations.bundled()).annotate(d);
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    return new DescriptorLinker().annotate(d).get(Layers.ENTITIES);
  }

  private static List<String> canonicalOf(List<Entity> entities, String text) {
    return entities.stream().filter(e -> e.text().equals(text)).map(Entity::canonical).toList();
  }

  @Test
  void aDefiniteDescriptionOfAMonitorIsTheMonitorNamedBefore() {
    List<Entity> e = entities("The Syrian Observatory for Human Rights said rebels advanced. "
        + "\"IS has lost its contact with the outside world,\" the Britain-based monitor said.");
    assertThat(canonicalOf(e, "Britain-based monitor")).containsExactly("Syrian Observatory for Human Rights");
  }

  @Test
  void aHeadWordAloneIsTheOneOrganisationWhoseNameHasIt() {
    List<Entity> e = entities("The Syrian Observatory for Human Rights counted the dead. Observatory head Rami Abdel Rahman said so.");
    assertThat(canonicalOf(e, "Observatory")).containsExactly("Syrian Observatory for Human Rights");
  }

  @Test
  void descriptionsBeforeAnyNameOrOfAnotherKindStayUnlinked() {
    List<Entity> e = entities("A monitor said the monitor was wrong. The jihadist group attacked. "
        + "The Syrian Observatory for Human Rights said the group and the UN agency and the Council of Europe disagreed.");
    assertThat(e).extracting(Entity::text).doesNotContain("monitor", "jihadist group", "group", "UN agency", "agency", "Council");
  }

  @Test
  void anArmedGroupIsReferredToByAnArmedDescription() {
    List<Entity> e = entities("Fighters of the Islamic State group held the town. The jihadist group later withdrew.");
    assertThat(canonicalOf(e, "jihadist group")).containsExactly("Islamic State");
  }

  @Test
  void randomTextNeverBreaksTheInvariants() {
    Random random = new Random(42);
    String[] words = {"the", "The", "monitor", "Observatory", "Syrian Observatory for Human Rights", "jihadist", "group",
        "Britain-based", "said", ".", ",", "of", "Council", "Security Council", "UN", "agency", "\n"};
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(words[random.nextInt(words.length)]).append(' ');
      }
      String text = b.toString();
      List<Entity> e = entities(text);
      for (int i = 0; i < e.size(); i++) {
        Entity x = e.get(i);
        assertThat(x.start()).isBetween(0, x.end());
        assertThat(x.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
        if (i > 0) {
          assertThat(x.start()).isGreaterThanOrEqualTo(e.get(i - 1).start());
        }
      }
    }
  }
}
