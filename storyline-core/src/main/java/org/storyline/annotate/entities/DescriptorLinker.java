package org.storyline.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * Links what news writes instead of an organisation's name, once the name has been given, to that
 * organisation, as further mentions of it:
 *
 * <ul>
 *   <li>a definite description whose head says what kind of organisation it is: "the
 *       Britain-based monitor", "the war monitor" → the last monitor named before it (the Syrian
 *       Observatory for Human Rights); "the jihadist group" → the last armed group;
 *   <li>a capitalised head word of a longer name, used alone: "Observatory head Rami Abdel Rahman"
 *       → the one organisation of the document whose name has that word.
 * </ul>
 *
 * <p>Written by hand because no library does it for this pipeline: CoreNLP's coreference needs the
 * parser (about 300 tokens/s); these two patterns cover the descriptions wire reports repeat, in a
 * single pass. Only anaphora: a description before any name ("a monitor said") stays unlinked, and
 * so does one whose kind matches no organisation named earlier. Descriptions of people ("the
 * minister") are left to the quote stage, which resolves speakers.
 */
public final class DescriptorLinker implements Annotator {
  /** Head nouns of definite descriptions, and the organisation kinds (subtypes) each may refer to. */
  private static final Map<String, Set<String>> HEADS = Map.ofEntries(
      Map.entry("monitor", Set.of("MONITOR")), Map.entry("watchdog", Set.of("MONITOR")),
      Map.entry("observatory", Set.of("MONITOR")),
      Map.entry("jihadists", Set.of("ARMED_GROUP")), Map.entry("militia", Set.of("ARMED_GROUP")),
      Map.entry("alliance", Set.of("IGO", "ARMED_GROUP")), Map.entry("bloc", Set.of("IGO")));
  /** "group" and "organisation" need a modifier that says which kind: "the jihadist group". */
  private static final Set<String> GENERIC_HEADS = Set.of("group", "organisation", "organization", "movement", "outfit", "network");
  private static final Set<String> ARMED_MODIFIERS = Set.of("jihadist", "extremist", "militant", "islamist", "insurgent",
      "rebel", "armed", "terror", "terrorist", "hardline", "radical", "sunni", "shiite", "shia", "kurdish");
  /** Hyphenated modifiers that place or back an organisation: "Britain-based", "US-led", "Turkish-backed". */
  private static final Pattern PLACED = Pattern.compile("\\p{L}[\\p{L}.]*-(?:based|led|backed|funded|run|allied)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");
  /** Most words a description may have between "the" and its head. */
  private static final int MAX_MODIFIERS = 3;
  /** Capitalised words that, alone, name the organisation whose longer name they head. */
  private static final Set<String> INSTITUTION_WORDS = Set.of("Observatory", "Council", "Commission", "Committee", "Agency",
      "Ministry", "Front", "Party", "Movement", "Organisation", "Organization", "Alliance", "Coalition", "Tribunal",
      "Parliament", "Assembly", "Congress", "Institute", "Foundation", "Fund", "Brigade", "Brigades", "Network", "Corps");

  @Override
  public String name() {
    return "descriptions";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Entity> entities = document.get(Layers.ENTITIES);
    List<Entity> organisations = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    if (organisations.isEmpty()) {
      return document;
    }
    Covered covered = new Covered(entities);
    Map<String, Entity> byHeadWord = headWords(organisations);
    List<Entity> added = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (covered.covers(t)) {
        continue;
      }
      Entity linked = t.text().equalsIgnoreCase("the") ? description(document.text(), tokens, i, organisations, covered) : null;
      if (linked == null && byHeadWord.containsKey(t.text()) && !partOfAnotherName(tokens, i)) {
        Entity org = byHeadWord.get(t.text());
        linked = org.start() < t.start() ? mention(t.start(), t.end(), document.text(), org) : null;
      }
      if (linked != null) {
        added.add(linked);
        covered.add(linked);
      }
    }
    if (added.isEmpty()) {
      return document;
    }
    List<Entity> out = new ArrayList<>(entities);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Entity::start));
    return document.with(Layers.ENTITIES, List.copyOf(out));
  }

  /** "the [modifiers] head" starting at token {@code the}, linked to the last matching organisation before it, or null. */
  private static Entity description(String text, List<Token> tokens, int the, List<Entity> organisations, Covered covered) {
    boolean armed = false;
    int modifiers = 0;
    for (int j = the + 1; j < tokens.size() && modifiers <= MAX_MODIFIERS; j++) {
      Token t = tokens.get(j);
      if (t.text().equals("-") && j > the + 1) {
        continue; // a tokenizer that splits hyphens gives "Britain", "-", "based"
      }
      modifiers++;
      Entity inside = covered.at(t);
      if (inside != null && (inside.type() == EntityType.ORGANIZATION || inside.type() == EntityType.PERSON)) {
        return null; // "the UN agency": a name inside says which organisation, and it is not the one named last
      }
      String word = t.text().toLowerCase(Locale.ROOT);
      Set<String> kinds = HEADS.get(word);
      if (kinds == null && GENERIC_HEADS.contains(word) && armed) {
        kinds = Set.of("ARMED_GROUP");
      }
      if (kinds != null) {
        Entity org = lastBefore(organisations, tokens.get(the).start(), kinds);
        return org == null ? null : mention(tokens.get(the + 1).start(), t.end(), text, org);
      }
      if (inside == null && !PLACED.matcher(t.text()).matches() && !LOWER_WORD.matcher(t.text()).matches()) {
        return null;
      }
      armed |= ARMED_MODIFIERS.contains(word);
    }
    return null;
  }

  private static Entity lastBefore(List<Entity> organisations, int offset, Set<String> kinds) {
    Entity last = null;
    for (Entity e : organisations) {
      if (e.start() >= offset) {
        break;
      }
      if (e.subtype() != null && kinds.contains(e.subtype())) {
        last = e;
      }
    }
    return last;
  }

  /** Institution words of multi-word organisation names that name exactly one organisation of the document. */
  private static Map<String, Entity> headWords(List<Entity> organisations) {
    Map<String, Entity> first = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (Entity e : organisations) {
      String[] words = e.canonical().split("\\s+");
      if (words.length < 2) {
        continue;
      }
      for (String w : words) {
        if (INSTITUTION_WORDS.contains(w)) {
          first.putIfAbsent(w, e);
          names.computeIfAbsent(w, k -> new HashSet<>()).add(e.canonical());
        }
      }
    }
    first.keySet().removeIf(w -> names.get(w).size() > 1);
    return first;
  }

  /** "Council of Europe", "Security Council", "Council Members": the word is part of a name nobody recognised. */
  private static boolean partOfAnotherName(List<Token> tokens, int i) {
    if (i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).text();
      if (next.equals("of") || next.equals("for") || next.equals("on") || Character.isUpperCase(next.charAt(0))) {
        return true;
      }
    }
    if (i > 0) {
      String previous = tokens.get(i - 1).text();
      return Character.isUpperCase(previous.charAt(0)) && !previous.equalsIgnoreCase("the");
    }
    return false;
  }

  private static Entity mention(int start, int end, String text, Entity org) {
    return new Entity(start, end, text.substring(start, end), EntityType.ORGANIZATION, org.subtype(), org.canonical());
  }

  /** The entity mentions already found, to keep new ones off their spans. */
  private static final class Covered {
    private final List<Entity> mentions;

    Covered(List<Entity> entities) {
      mentions = new ArrayList<>(entities);
    }

    void add(Entity e) {
      mentions.add(e);
    }

    boolean covers(Token t) {
      return at(t) != null;
    }

    /** The mention overlapping the token, or null. */
    Entity at(Token t) {
      for (Entity e : mentions) {
        if (t.start() < e.end() && t.end() > e.start()) {
          return e;
        }
      }
      return null;
    }
  }
}
