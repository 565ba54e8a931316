package org.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.KnownEntity;
import org.storyline.testing.Articles;

class EntityRegistryTest {

  /** An article naming each of {@code names} once (text, canonical) with an event whose actors are the canonicals. */
  private static AnnotatedArticle article(String id, EntityType type, String... textAndCanonical) {
    List<Entity> entities = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    for (int i = 0; i < textAndCanonical.length; i += 2) {
      entities.add(new Entity(i, i + 1, textAndCanonical[i], type, null, textAndCanonical[i + 1]));
      actors.add(textAndCanonical[i + 1]);
    }
    EventMention event = new EventMention("DIPLO", 0, 1, "They met.", "2016-09-04", null, actors, null, null, 0.5);
    return new AnnotatedArticle(Articles.of(id, "t", "x".repeat(20), "2016-09-05"),
        new Annotations(entities, List.of(), List.of(), List.of(), List.of(), List.of(event)));
  }

  private static List<String> canonicals(AnnotatedArticle a) {
    return a.annotations().entities().stream().map(Entity::canonical).toList();
  }

  @Test
  void transliteratedFirstNamesOfOnePersonGetTheFirstFormSeen() {
    EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
    registry.register(article("a", EntityType.PERSON, "Sergey Lavrov", "Sergey Lavrov"));
    EntityRegistry.Outcome second = registry.register(article("b", EntityType.PERSON, "Sergei Lavrov", "Sergei Lavrov", "Lavrov", "Sergei Lavrov"));
    assertThat(canonicals(second.article())).containsExactly("Sergey Lavrov", "Sergey Lavrov");
    assertThat(second.article().annotations().events().get(0).actors()).containsExactly("Sergey Lavrov");
    assertThat(second.changed()).singleElement().satisfies(e -> {
      assertThat(e.aliases()).contains("Sergey Lavrov", "Sergei Lavrov", "Lavrov");
      assertThat(e.mentions()).isEqualTo(2);
    });
  }

  @Test
  void shortOrDifferentFirstNamesStayApart() {
    EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
    registry.register(article("a", EntityType.PERSON, "Dan Bell", "Dan Bell"));
    assertThat(canonicals(registry.register(article("b", EntityType.PERSON, "Don Bell", "Don Bell")).article())).containsExactly("Don Bell");
    assertThat(canonicals(registry.register(article("c", EntityType.PERSON, "Susan Rice", "Susan Rice")).article())).containsExactly("Susan Rice");
    assertThat(canonicals(registry.register(article("d", EntityType.PERSON, "Condoleezza Rice", "Condoleezza Rice")).article()))
        .containsExactly("Condoleezza Rice");
  }

  @Test
  void aSurnameAloneJoinsOnlyAPersonWhoseSurnameIsUnique() {
    EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
    registry.register(article("a", EntityType.PERSON, "John Kerry", "John Kerry"));
    assertThat(canonicals(registry.register(article("b", EntityType.PERSON, "Kerry", "Kerry")).article())).containsExactly("John Kerry");
    registry.register(article("c", EntityType.PERSON, "Ban Ki-moon", "Ban Ki-moon"));
    registry.register(article("d", EntityType.PERSON, "Mary Kerry", "Mary Kerry"));
    assertThat(canonicals(registry.register(article("e", EntityType.PERSON, "Kerry", "Kerry")).article())).containsExactly("Kerry");
  }

  @Test
  void organisationsJoinOnTheirExactKeyOnlyAndNeverAPersonOfTheSameName() {
    EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
    registry.register(article("a", EntityType.ORGANIZATION, "the Islamic State", "Islamic State"));
    assertThat(canonicals(registry.register(article("b", EntityType.ORGANIZATION, "ISLAMIC STATE", "ISLAMIC STATE")).article()))
        .containsExactly("Islamic State");
    assertThat(canonicals(registry.register(article("c", EntityType.PERSON, "Islamic State", "Islamic State")).article()))
        .containsExactly("Islamic State");
    assertThat(registry.register(article("d", EntityType.ORGANIZATION, "Islamic Jihad", "Islamic Jihad")).changed())
        .extracting(KnownEntity::name).containsExactly("Islamic Jihad");
  }

  @Test
  void namesMetInEarlierRunsAreFoundThroughTheLookup() {
    Map<String, List<KnownEntity>> table = new HashMap<>();
    EntityRegistry first = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
    for (KnownEntity e : first.register(article("a", EntityType.PERSON, "Sergey Lavrov", "Sergey Lavrov")).changed()) {
      e.keys().forEach(k -> table.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    EntityRegistry later = new EntityRegistry(key -> table.getOrDefault(key, List.of()));
    EntityRegistry.Outcome outcome = later.register(article("b", EntityType.PERSON, "Sergei Lavrov", "Sergei Lavrov"));
    assertThat(canonicals(outcome.article())).containsExactly("Sergey Lavrov");
    assertThat(outcome.changed()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
  }

  @Test
  void nameKeysFoldCaseDiacriticsHonorificsAndArticles() {
    assertThat(NameKeys.exact("Bashar al-Assad", EntityType.PERSON)).isEqualTo(NameKeys.exact("Bashar Al Assad", EntityType.PERSON));
    assertThat(NameKeys.exact("Mr Erdoğan", EntityType.PERSON)).isEqualTo(NameKeys.exact("erdogan", EntityType.PERSON));
    assertThat(NameKeys.variant("Muhammad Ali", EntityType.PERSON)).isEqualTo(NameKeys.variant("Mohammed Ali", EntityType.PERSON));
    assertThat(NameKeys.variant("Kerry", EntityType.PERSON)).isNull();
    assertThat(NameKeys.variant("Islamic State", EntityType.ORGANIZATION)).isNull();
  }
}
