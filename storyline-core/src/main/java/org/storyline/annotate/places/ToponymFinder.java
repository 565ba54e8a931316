package org.storyline.annotate.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * Finds the spans that may name places: the recogniser's locations; demonyms and adjectives
 * ("Syrian", "European"), also inside compounds ("Russian-backed"); names the recogniser missed
 * that the gazetteer knows well (countries, regions, large cities, never at a sentence start unless
 * they are a country or region); border regions ("the Syrian-Turkish border") and parts of
 * countries ("northern Syria"). Hand-written because these are rules over our own gazetteer, which
 * no library knows. Spans are returned ordered by start, then by length (shorter first).
 */
final class ToponymFinder {
  /** What a span names. */
  enum Role { NAME, DEMONYM, BORDER, PART }

  /**
   * A span that may name a place.
   *
   * @param country  for DEMONYM, BORDER (first), PART: the country code, when known
   * @param other    for BORDER: the second country, or null when the text names one side only
   * @param direction for PART: N, S, E, W, NE, NW, SE, SW
   */
  record Mention(int start, int end, String text, Role role, String country, String other, String direction) {
    static Mention name(int start, int end, String text) {
      return new Mention(start, end, text, Role.NAME, null, null, null);
    }
  }

  /** Suffixes that make a place an adjective in a compound: "Russian-backed", "U.S.-led", "Aleppo-based". */
  private static final Pattern COMPOUND = Pattern.compile("(?i)[-–](backed|led|based|born|controlled|held|owned|made|run|allied|brokered|sponsored|funded|style|bound|area)$");
  /** A run of capitalised words, with the small connectors place names use. */
  private static final Pattern CAPITALISED = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}'’.]*(?:(?:[ -]|\\s(?:of|de|del|la|le|on|upon|al|el)[ -])\\p{Lu}[\\p{L}\\p{M}'’.]*){0,4}");
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^(\\p{Lu}[\\p{Lu}'’. -]*\\p{Lu})(?:,\\s([\\p{L}.]+(?:\\s\\p{L}[\\p{L}.]*)?))?(?:,\\s[\\p{L}.]+\\s\\d{1,2})?\\s*(?:\\([^)\\n]{1,30}\\))?\\s*[-–—:]");
  private static final Pattern BORDER = Pattern.compile(
      "(\\p{Lu}[\\p{L}.]+)(?:\\s?[-–/]\\s?(\\p{Lu}[\\p{L}.]+))?\\s+(?:border|frontier)s?\\b");
  private static final Pattern DIRECTION = Pattern.compile(
      "(?i)\\b(north|south|east|west)(?:[- ]?(east|west))?ern\\s+(?-i)(?=\\p{Lu})");
  /** Capitalised words that are also place names but in news are nearly always something else. */
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "god", "police", "president", "union", "republic", "city", "north", "south", "east", "west",
      "university", "street", "mobile", "reading", "nice", "split", "independence", "liberty", "justice", "opportunity");
  private static final Pattern AREA_WORD = Pattern.compile("\\s(County|Parish|District|Province|Governorate|Borough|Municipality)$");
  /** Smallest population of a city that is taken as a place without the recogniser's word for it. */
  static final long UNTAGGED_CITY_POPULATION = 200_000;

  private final Gazetteer gazetteer;

  ToponymFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(String text, List<Entity> entities, boolean matchNames) {
    List<Mention> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC) {
        fromEntity(e, out);
      } else if (e.type() == EntityType.ORGANIZATION && isCountryOrRegion(e.text())) {
        out.add(Mention.name(e.start(), e.end(), e.text())); // metonymy: "the EU said", "US imposed"
      }
    }
    if (matchNames) {
      datelines(text, entities, out);
      untagged(text, entities, out);
    }
    borders(text, out);
    parts(text, out);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  private void fromEntity(Entity e, List<Mention> out) {
    int start = e.start();
    String text = e.text();
    Matcher m = COMPOUND.matcher(text);
    if (m.find()) {
      text = text.substring(0, m.start());
    }
    if (text.indexOf('-') > 0 && e.type() == EntityType.MISC) { // "Syrian-Turkish", "US-Russian"
      int from = 0;
      for (String part : text.split("[-–]")) {
        addDemonym(start + from, part, out);
        from += part.length() + 1;
      }
      return;
    }
    if (!addDemonym(start, text, out) && !text.isBlank() && (e.type() == EntityType.LOCATION || isCountryOrRegion(text))) {
      out.add(Mention.name(start, start + text.length(), text));
    }
  }

  /** Whether the name is exactly a country's, a continent's or a well-known region's. */
  private boolean isCountryOrRegion(String name) {
    for (GazetteerEntry c : gazetteer.lookup(name)) {
      if (c.kind() == GazetteerEntry.Kind.COUNTRY || c.kind() == GazetteerEntry.Kind.CONTINENT || c.kind() == GazetteerEntry.Kind.REGION) {
        return true;
      }
    }
    return false;
  }

  /** Adds the span as a demonym when it is one (or names a country, as "US" in "US-Russia"); returns whether it did. */
  private boolean addDemonym(int start, String text, List<Mention> out) {
    if (isCountryOrRegion(text)) {
      return false; // "US", "Russia", "Britain": CountryInfo lists some names among nationalities; a name is a name
    }
    var cc = gazetteer.countryOfNationality(text);
    if (cc.isPresent()) {
      out.add(new Mention(start, start + text.length(), text, Role.DEMONYM, cc.get(), null, null));
      return true;
    }
    if (gazetteer.regionOfAdjective(text).isPresent()) {
      out.add(new Mention(start, start + text.length(), text, Role.DEMONYM, null, null, null));
      return true;
    }
    return false;
  }

  /**
   * The place of a dateline the recogniser missed, as agencies write it in capitals at the start
   * of a line: "ATLANTA (AP) -", "SPRINGFIELD, Ill. (AP) -", "BEIRUT, Sept 4 (Reuters) -".
   */
  private void datelines(String text, List<Entity> entities, List<Mention> out) {
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      int s = m.start(1);
      int e = m.end(1);
      if (!overlaps(entities, s, e) && !gazetteer.lookup(m.group(1)).isEmpty()) {
        out.add(Mention.name(s, e, m.group(1)));
      }
      if (m.group(2) != null && !overlaps(entities, m.start(2), m.end(2)) && !gazetteer.lookup(m.group(2)).isEmpty()) {
        out.add(Mention.name(m.start(2), m.end(2), m.group(2)));
      }
    }
  }

  /** Names the recogniser did not mark: only well-known places, never overlapping an entity. */
  private void untagged(String text, List<Entity> entities, List<Mention> out) {
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (text.charAt(e - 1) == '.' && afterComma(text, s) && !overlaps(entities, s, e) && isRegionAbbreviation(text.substring(s, e))) {
        out.add(Mention.name(s, e, text.substring(s, e))); // "Springfield, Ill.": the abbreviation qualifies the city
        continue;
      }
      while (e > s && text.charAt(e - 1) == '.' && !isAbbreviation(text, s, e)) {
        e--; // a sentence's full stop, not part of the name
      }
      if (overlaps(entities, s, e) || e - s < 2 || (e - s == 2 && !isUpperCode(text, s, e))) {
        continue;
      }
      String name = text.substring(s, e);
      if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))) {
        continue;
      }
      boolean sentenceStart = sentenceStart(text, s);
      if (!sentenceStart && addDemonym(s, name, out)) {
        continue;
      }
      if (wellKnown(name, sentenceStart)) {
        out.add(Mention.name(s, e, name));
      }
    }
  }

  private static boolean afterComma(String text, int s) {
    return s >= 2 && text.charAt(s - 1) == ' ' && text.charAt(s - 2) == ',';
  }

  private boolean isRegionAbbreviation(String form) {
    return gazetteer.lookup(form).stream().anyMatch(c -> c.kind() == GazetteerEntry.Kind.ADMIN1);
  }

  /** Two capitals standing alone, not after a number ("500 BC" is a year): "US", "UK", "BC". */
  private static boolean isUpperCode(String text, int s, int e) {
    boolean upper = Character.isUpperCase(text.charAt(s)) && Character.isUpperCase(text.charAt(s + 1));
    boolean afterNumber = s >= 2 && Character.isDigit(text.charAt(s - 2));
    return upper && !afterNumber;
  }

  private static boolean isAbbreviation(String text, int s, int e) {
    String t = text.substring(s, e);
    return t.length() <= 6 && t.chars().filter(c -> c == '.').count() >= 2; // "U.S.", "B.C."
  }

  private boolean wellKnown(String name, boolean sentenceStart) {
    for (GazetteerEntry c : gazetteer.lookup(name)) {
      switch (c.kind()) {
        case COUNTRY, CONTINENT, REGION, ADMIN1 -> {
          return name.length() > 3 || name.equals(name.toUpperCase(Locale.ROOT)); // "US", "UK", not "Mal"
        }
        case CITY -> {
          if (!sentenceStart && c.population() >= UNTAGGED_CITY_POPULATION) {
            return true;
          }
        }
        case ADMIN2 -> {
          if (AREA_WORD.matcher(name).find()) {
            return true; // "Orange County", "Daviess County": named with what they are
          }
        }
      }
    }
    return false;
  }

  private static boolean sentenceStart(String text, int s) {
    int i = s - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“' || text.charAt(i) == '(' || text.charAt(i) == '\'')) {
      i--;
    }
    return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean overlaps(List<Entity> entities, int s, int e) {
    for (Entity x : entities) {
      if (x.start() < e && s < x.end()) {
        return true;
      }
    }
    return false;
  }

  /** "the Syrian-Turkish border", "Syria-Turkey border", "the Turkish border" (the other side comes from the document). */
  private void borders(String text, List<Mention> out) {
    Matcher m = BORDER.matcher(text);
    while (m.find()) {
      String a = countryOf(m.group(1));
      String b = m.group(2) == null ? null : countryOf(m.group(2));
      if (a == null || (m.group(2) != null && b == null) || a.equals(b)) {
        continue;
      }
      int start = m.start();
      if (start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)) {
        start -= 4;
      }
      out.add(new Mention(start, m.end(), text.substring(start, m.end()), Role.BORDER, a, b, null));
    }
  }

  /** "northern Syria", "north-eastern Nigeria": a direction before a country's name. */
  private void parts(String text, List<Mention> out) {
    Matcher m = DIRECTION.matcher(text);
    while (m.find()) {
      Matcher name = CAPITALISED.matcher(text).region(m.end(), text.length());
      if (!name.lookingAt()) {
        continue;
      }
      int end = name.end();
      while (end > name.start() && text.charAt(end - 1) == '.' && !isAbbreviation(text, name.start(), end)) {
        end--;
      }
      String country = null;
      for (GazetteerEntry c : gazetteer.lookup(text.substring(name.start(), end))) {
        if (c.kind() == GazetteerEntry.Kind.COUNTRY) {
          country = c.country();
        }
      }
      if (country == null) {
        continue;
      }
      String dir = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
          + (m.group(2) == null ? "" : m.group(2).substring(0, 1).toUpperCase(Locale.ROOT));
      out.add(new Mention(m.start(), end, text.substring(m.start(), end), Role.PART, country, null, dir));
    }
  }

  /** The country a word names, as a demonym or as a country's own name; null otherwise. */
  private String countryOf(String word) {
    var cc = gazetteer.countryOfNationality(word);
    if (cc.isPresent()) {
      return cc.get();
    }
    for (GazetteerEntry c : gazetteer.lookup(word)) {
      if (c.kind() == GazetteerEntry.Kind.COUNTRY) {
        return c.country();
      }
    }
    return null;
  }
}
