package org.storyline.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;

/**
 * Gives each entity mention the name of the entity it refers to within one document, and a finer
 * type where the gazetteer knows one.
 *
 * <ul>
 *   <li>Honorifics and titles are dropped ("Mr Kerry" → "Kerry"), as are a leading "the" and a
 *       trailing "group" of organisations ("the Islamic State group" → "Islamic State").
 *   <li>A short name takes the longest name of the same type that ends with it ("Kerry" → "John
 *       Kerry"); an organisation's part takes the whole ("Observatory" → "Syrian Observatory for
 *       Human Rights"); an acronym takes the name whose initials it is ("IS" → "Islamic State").
 *   <li>Subtypes: a location is a COUNTRY, STATE_OR_PROVINCE or CITY by the place it resolved to; a
 *       nationality adjective ("Syrian") is a NATIONALITY.
 *   <li>Pronouns are never entities.
 * </ul>
 *
 * Names across documents ("Sergey" and "Sergei" Lavrov) are joined later, by the entity registry.
 */
public final class EntityCanonicalizer implements Annotator {
  private static final Pattern HONORIFIC = Pattern.compile(
      "^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|president|president-elect|prime minister|minister|secretary|"
          + "general|gen|colonel|col|king|queen|prince|princess|sheikh|pope|rev|senator|sen|judge|officer|sgt|lt|capt)\\.?\\s+)+",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "it", "we", "i", "you");
  private static final Set<String> CONNECTIVES = Set.of("of", "for", "the", "and", "de", "du", "des", "al", "el", "on", "in", "&");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,6}|[A-Z](?:\\.[A-Z])+\\.?");

  private final Gazetteer gazetteer;

  public EntityCanonicalizer(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public String name() {
    return "canonical names";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITY_MENTIONS, Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document annotate(Document document) {
    Map<Integer, Place> placeAt = new HashMap<>();
    for (Place p : document.get(Layers.PLACES)) {
      placeAt.put(p.start(), p);
    }
    List<Entity> mentions = new ArrayList<>();
    for (Entity e : document.get(Layers.ENTITY_MENTIONS)) {
      if (!PRONOUNS.contains(e.text().toLowerCase(Locale.ROOT))) {
        mentions.add(e);
      }
    }
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Entity e : mentions) {
      out.add(new Entity(e.start(), e.end(), e.text(), e.type(), subtype(e, placeAt.get(e.start())), canonical(e, mentions)));
    }
    return document.with(Layers.ENTITIES, List.copyOf(out));
  }

  private String subtype(Entity e, Place place) {
    if (e.subtype() != null) {
      return e.subtype();
    }
    if (e.type() == EntityType.LOCATION && place != null && place.featureCode() != null) {
      return switch (place.featureCode()) {
        case "PCLI" -> "COUNTRY";
        case "ADM1" -> "STATE_OR_PROVINCE";
        default -> place.featureCode().startsWith("PP") ? "CITY" : null;
      };
    }
    if (e.type() == EntityType.MISC && gazetteer.countryOfNationality(e.text()).isPresent()) {
      return "NATIONALITY";
    }
    return null;
  }

  private static String canonical(Entity e, List<Entity> mentions) {
    if (e.canonical() != null) {
      return e.canonical(); // a recogniser that knows the entity named it ("IS" → "Islamic State")
    }
    String name = bare(e.text(), e.type());
    if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
      return name;
    }
    boolean acronym = e.type() == EntityType.ORGANIZATION && ACRONYM.matcher(name).matches();
    String best = name;
    for (Entity other : mentions) {
      if (other.type() != e.type()) {
        continue;
      }
      String candidate = other.canonical() != null ? other.canonical() : bare(other.text(), other.type());
      if (candidate.length() <= best.length()) {
        continue;
      }
      boolean same = e.type() == EntityType.PERSON
          ? endsWithWords(candidate, name)
          : (acronym ? initials(candidate).equals(name.replace(".", "")) : containsWords(candidate, name));
      if (same) {
        best = candidate;
      }
    }
    return best;
  }

  private static String bare(String text, EntityType type) {
    // titles are stripped from people only: "President Mosque" is a place, "General Motors" a company
    String s = type == EntityType.PERSON ? HONORIFIC.matcher(text.strip()).replaceFirst("") : text.strip();
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (type == EntityType.ORGANIZATION && s.toLowerCase(Locale.ROOT).endsWith(" group") && s.length() > 7) {
      s = s.substring(0, s.length() - 6);
    }
    return s.isBlank() ? text.strip() : s.strip();
  }

  /** True when {@code longer} ends with {@code shorter} on a word boundary ("John Kerry" / "Kerry"). */
  private static boolean endsWithWords(String longer, String shorter) {
    if (!longer.endsWith(shorter) || longer.length() == shorter.length()) {
      return false;
    }
    char before = longer.charAt(longer.length() - shorter.length() - 1);
    return before == ' ' || before == '-';
  }

  /** True when {@code shorter}'s words occur in {@code longer} in a row ("Observatory" in "Syrian Observatory for ..."). */
  private static boolean containsWords(String longer, String shorter) {
    return (" " + longer + " ").contains(" " + shorter + " ");
  }

  /** The capitals of a name's words, connectives skipped: "Syrian Observatory for Human Rights" → "SOHR". */
  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !CONNECTIVES.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }
}
