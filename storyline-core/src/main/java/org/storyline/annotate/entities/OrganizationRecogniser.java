package org.storyline.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/**
 * Refines the entity mentions a statistical recogniser found with the names of known
 * organisations ({@link Organizations}): a name it missed is added ("Islamic State", "YPG",
 * "G20"), a mistyped one is corrected ("Al-Qaeda" as a person), a longer mention that swallowed
 * one is split ("Syrian Kurdish YPG" → "Syrian Kurdish" + "YPG"), and known organisations get their
 * canonical name and kind (ARMED_GROUP, IGO, ...) as subtype. The longest known name wins; an
 * acronym counts only when written in capitals, and not in a sentence that is all capitals
 * (a headline's "IS" is a verb).
 */
public final class OrganizationRecogniser implements Annotator {
  /** Longest organisation name considered, in tokens. */
  private static final int MAX_TOKENS = 10;
  private static final Set<String> CONNECTIVES = Set.of("of", "for", "the", "and", "on", "in", "to", "de", "la", "al", "el",
      "du", "des", "del", "'s", "’s", "&", "wa", "bin", "fi");
  private final Organizations organizations;

  public OrganizationRecogniser(Organizations organizations) {
    this.organizations = Objects.requireNonNull(organizations, "organizations");
  }

  @Override
  public String name() {
    return "organisations";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITY_MENTIONS);
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    List<Token> tokens = document.get(Layers.TOKENS);
    String[] keys = new String[tokens.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = Organizations.key(tokens.get(k).text());
    }
    List<Entity> mentions = new ArrayList<>(document.get(Layers.ENTITY_MENTIONS));
    for (Sentence s : document.get(Layers.SENTENCES)) {
      boolean shouting = mostlyCapitals(text, s);
      int i = s.firstToken();
      while (i < s.endToken()) {
        Entity match = longestMatch(text, tokens, keys, i, s.endToken(), shouting);
        if (match == null) {
          i++;
          continue;
        }
        merge(mentions, match);
        i = indexAfter(tokens, match.end(), i);
      }
    }
    mentions.sort(Comparator.comparingInt(Entity::start));
    return document.with(Layers.ENTITY_MENTIONS, List.copyOf(mentions));
  }

  private Entity longestMatch(String text, List<Token> tokens, String[] keys, int first, int limit, boolean shouting) {
    Token start = tokens.get(first);
    if (!mayStartName(start, first + 1 < limit ? tokens.get(first + 1) : null)) {
      return null;
    }
    Entity best = null;
    StringBuilder key = new StringBuilder();
    for (int j = first; j < Math.min(limit, first + MAX_TOKENS); j++) {
      if (keys[j].isEmpty()) {
        continue; // punctuation inside a name ("Al-Qaeda") adds nothing to the key and cannot end one
      }
      if (j > first && !continuesName(tokens.get(j).text())) {
        break; // "an Islamic state", "Xinhua news agency": a name's words are capitalised
      }
      key.append(keys[j]);
      String k = key.toString();
      if (!organizations.isPrefix(k)) {
        break;
      }
      if (!organizations.containsKey(k)) {
        continue;
      }
      int begin = start.start();
      int end = tokens.get(j).end();
      String surface = text.substring(begin, end);
      if (shouting && Organizations.isAcronym(surface)) {
        continue;
      }
      var entry = organizations.lookup(surface);
      if (entry.isPresent()) {
        best = new Entity(begin, end, surface, EntityType.ORGANIZATION, entry.get().kind(), entry.get().canonical());
      }
    }
    return best;
  }

  /** A word that may go on a name: capitalised, a number, or a connective ("of", "for", "the", "al"). */
  private static boolean continuesName(String word) {
    char c = word.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || CONNECTIVES.contains(word) || word.startsWith("al-")
        || !Character.isLetter(c);
  }

  /** Names start with a capital or a digit, or with an Arabic article before one ("al-Qaeda"). */
  private static boolean mayStartName(Token t, Token next) {
    char c = t.text().charAt(0);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    String w = t.text();
    return (w.equals("al") || w.equals("el") || w.startsWith("al-") || w.startsWith("el-"))
        && (w.length() > 3 || (next != null && (Character.isUpperCase(next.text().charAt(0)) || next.text().equals("-"))));
  }

  /** Puts a known organisation among the mentions, displacing, relabelling or splitting what it overlaps. */
  private static void merge(List<Entity> mentions, Entity org) {
    List<Entity> kept = new ArrayList<>(mentions.size() + 2);
    for (Entity m : mentions) {
      boolean overlaps = m.start() < org.end() && org.start() < m.end();
      if (!overlaps) {
        kept.add(m);
      } else if (m.type() == EntityType.ORGANIZATION && m.start() <= org.start() && m.end() >= org.end()
          && (m.end() - m.start()) > (org.end() - org.start())) {
        return; // a longer organisation holds the name ("North Korean Red Cross"): the recogniser knew better
      } else if (m.start() < org.start() && m.end() >= org.end()) {
        // a longer mention of another type swallowed the name: keep its part before ("Syrian Kurdish" of "Syrian Kurdish YPG")
        int end = trimEnd(m.text(), org.start() - m.start());
        if (end > 0) {
          kept.add(new Entity(m.start(), m.start() + end, m.text().substring(0, end), m.type(), m.subtype(), null));
        }
      }
      // a mention inside the name, or crossing it, gives way to the known name
    }
    kept.add(org);
    mentions.clear();
    mentions.addAll(kept);
  }

  private static int trimEnd(String s, int end) {
    while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int indexAfter(List<Token> tokens, int end, int from) {
    int i = from + 1;
    while (i < tokens.size() && tokens.get(i).start() < end) {
      i++;
    }
    return i;
  }

  /** A sentence written in capitals (a headline, a slug): acronyms there cannot be told from words. */
  private static boolean mostlyCapitals(String text, Sentence s) {
    int upper = 0;
    int letters = 0;
    for (int k = s.start(); k < s.end(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 0 && upper * 2 > letters;
  }
}
