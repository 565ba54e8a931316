package org.storyline.entities;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.KnownEntity;
import org.storyline.model.Quote;
import org.storyline.model.StableId;

/**
 * One canonical name per person and organisation across articles. Each article's people and
 * organisations are looked up by their exact key, then (people) by their variant key ("Sergei
 * Lavrov" finds "Sergey Lavrov"), then (a surname alone) by a surname that only one known person
 * has; the first full form met becomes the canonical name, and every later article's mentions and
 * event actors are rewritten to it.
 *
 * <p>What the registry has met in this run it keeps in memory; what it has not, it asks the
 * {@link Lookup} for (the store's alias table), so a name met last week is joined today. Not
 * thread-safe: a sequential operator in the ingest job (or over the lines of one annotate run).
 */
public final class EntityRegistry {

  /** Where entities met in earlier runs are found by key; the store implements it. */
  public interface Lookup {
    List<KnownEntity> withKey(String key);
  }

  /** No earlier runs: the registry knows only what it meets. */
  public static final Lookup NOTHING_EARLIER = key -> List.of();

  /** An article with its names made canonical, and the entities it created or changed. */
  public record Outcome(AnnotatedArticle article, List<KnownEntity> changed) {}

  private final Lookup earlier;
  private final Map<String, KnownEntity> byId = new HashMap<>();
  private final Map<String, Set<String>> idsByKey = new HashMap<>();

  public EntityRegistry(Lookup earlier) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
  }

  public Outcome register(AnnotatedArticle article) {
    Map<String, String> renamed = new HashMap<>(); // canonical in the article -> registry name
    Map<String, KnownEntity> changed = new LinkedHashMap<>();
    Map<String, Set<String>> formsByName = new LinkedHashMap<>();
    Map<String, EntityType> typeByName = new HashMap<>();
    for (Entity e : article.annotations().entities()) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        formsByName.computeIfAbsent(e.canonical(), k -> new LinkedHashSet<>()).add(e.text());
        typeByName.put(e.canonical(), e.type());
      }
    }
    OffsetDateTime published = article.article().published();
    for (var entry : formsByName.entrySet()) {
      String name = entry.getKey();
      EntityType type = typeByName.get(name);
      KnownEntity known = find(name, type).orElse(null);
      Set<String> aliases = new LinkedHashSet<>();
      long mentions = 1;
      if (known != null) {
        aliases.addAll(known.aliases());
        mentions = known.mentions() + 1;
      }
      aliases.add(name);
      aliases.addAll(entry.getValue());
      Set<String> keys = new LinkedHashSet<>();
      if (known != null) {
        keys.addAll(known.keys());
      }
      String canonical = known == null ? name : known.name();
      for (String alias : aliases) {
        keys.addAll(keysOf(alias, type, alias.equals(canonical)));
      }
      KnownEntity updated = known == null
          ? new KnownEntity(StableId.derive("n-", NameKeys.exact(name, type)), name, type, List.copyOf(aliases), List.copyOf(keys), 1, published)
          : new KnownEntity(known.id(), known.name(), known.type(), List.copyOf(aliases), List.copyOf(keys), mentions,
              earliest(known.firstSeen(), published));
      remember(updated);
      changed.put(updated.id(), updated);
      renamed.put(name, updated.name());
    }
    return new Outcome(rewrite(article, renamed), List.copyOf(changed.values()));
  }

  private Optional<KnownEntity> find(String name, EntityType type) {
    if (isSurnameAlone(name, type)) {
      // "Lavrov" alone: the one known person with that surname; when several share it, only an
      // entity whose own name is the single word ("Madonna")
      return unique(NameKeys.surname(name, type), type).or(() -> unique(NameKeys.exact(name, type), type));
    }
    Optional<KnownEntity> exact = unique(NameKeys.exact(name, type), type);
    if (exact.isPresent()) {
      return exact;
    }
    String variant = NameKeys.variant(name, type);
    return variant == null ? Optional.empty() : unique(variant, type);
  }

  private static boolean isSurnameAlone(String name, EntityType type) {
    return type == EntityType.PERSON && NameKeys.words(name).size() == 1;
  }

  /** The one entity of this type under the key, from this run or earlier ones; none when several share it. */
  private Optional<KnownEntity> unique(String key, EntityType type) {
    Map<String, KnownEntity> found = new LinkedHashMap<>();
    for (String id : idsByKey.getOrDefault(key, Set.of())) {
      found.put(id, byId.get(id));
    }
    for (KnownEntity e : earlier.withKey(key)) {
      found.putIfAbsent(e.id(), byId.getOrDefault(e.id(), e)); // this run's version is newer
    }
    found.values().removeIf(e -> e.type() != type);
    return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
  }

  /**
   * The keys an alias files its entity under. A surname alone that is not the entity's own name
   * gives only the surname key, which {@link #find} treats as ambiguous when shared: otherwise the
   * first "Kerry" joined to John Kerry would claim every later "Kerry", Mary's too.
   */
  private static List<String> keysOf(String alias, EntityType type, boolean isName) {
    List<String> keys = new ArrayList<>(3);
    if (isName || !isSurnameAlone(alias, type)) {
      keys.add(NameKeys.exact(alias, type));
    }
    String variant = NameKeys.variant(alias, type);
    if (variant != null) {
      keys.add(variant);
    }
    String surname = NameKeys.surname(alias, type);
    if (surname != null) {
      keys.add(surname);
    }
    return keys;
  }

  private void remember(KnownEntity e) {
    byId.put(e.id(), e);
    for (String key : e.keys()) {
      idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
    }
  }

  private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : (b == null || a.isBefore(b) ? a : b);
  }

  /** The article with canonical names and event actors replaced by the registry's names. */
  private static AnnotatedArticle rewrite(AnnotatedArticle a, Map<String, String> renamed) {
    if (renamed.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
      return a;
    }
    Annotations x = a.annotations();
    List<Entity> entities = x.entities().stream()
        .map(e -> e.withCanonical(renamed.getOrDefault(e.canonical(), e.canonical())))
        .toList();
    List<EventMention> events = x.events().stream()
        .map(m -> m.withActorNames(n -> renamed.getOrDefault(n, n)))
        .toList();
    List<Quote> quotes = x.quotes().stream()
        .map(q -> q.speakerName() == null ? q : q.withSpeakerName(renamed.getOrDefault(q.speakerName(), q.speakerName())))
        .toList();
    return new AnnotatedArticle(a.article(), new Annotations(entities, x.places(), x.times(), x.figures(), quotes, events));
  }
}
