package org.storyline.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * Gives each entity mention the name of the entity it refers to, within one document: honorifics
 * are dropped ("Mr Kerry" → "Kerry"), and a short name takes the longest name of the same type in
 * the document that ends with it ("Kerry" → "John Kerry", "Assad" → "Bashar al-Assad"). Pronouns
 * are never entities. Cross-document aliases come later, from the store.
 */
public final class EntityCanonicalizer implements Annotator {
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|president|prime minister|minister|secretary|general|gen|colonel|col|king|queen|prince|princess|sheikh|pope)\\.?\\s+)+",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "it", "we", "i", "you");

  @Override
  public String name() {
    return "canonical names";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document annotate(Document document) {
    List<Entity> mentions = new ArrayList<>();
    for (Entity e : document.get(Layers.ENTITY_MENTIONS)) {
      if (!PRONOUNS.contains(e.text().toLowerCase(Locale.ROOT))) {
        mentions.add(e);
      }
    }
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Entity e : mentions) {
      out.add(e.withCanonical(canonical(e, mentions)));
    }
    return document.with(Layers.ENTITIES, List.copyOf(out));
  }

  private static String canonical(Entity e, List<Entity> mentions) {
    String name = bare(e.text());
    if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
      return name;
    }
    String best = name;
    for (Entity other : mentions) {
      if (other.type() != e.type()) {
        continue;
      }
      String candidate = bare(other.text());
      if (candidate.length() > best.length() && endsWithWords(candidate, name)) {
        best = candidate;
      }
    }
    return best;
  }

  private static String bare(String text) {
    String stripped = HONORIFIC.matcher(text.strip()).replaceFirst("");
    return stripped.isEmpty() ? text.strip() : stripped;
  }

  /** True when {@code longer} ends with {@code shorter} on a word boundary ("John Kerry" / "Kerry"). */
  private static boolean endsWithWords(String longer, String shorter) {
    if (!longer.endsWith(shorter)) {
      return false;
    }
    char before = longer.charAt(longer.length() - shorter.length() - 1);
    return before == ' ' || before == '-';
  }
}
