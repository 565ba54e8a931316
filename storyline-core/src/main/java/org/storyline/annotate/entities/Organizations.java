package org.storyline.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.storyline.annotate.NameFolding;

/**
 * Organisations by name: a hand-made list of groups, agencies and monitors that news about
 * conflict names (organizations-extra.tsv), and intergovernmental organisations, NGOs and armed
 * groups compiled from the Phoenix actor dictionaries (organizations-phoenix.tsv.gz, MIT, see
 * {@link OrganizationCompiler}). Names are matched on a key that ignores case, diacritics, spaces
 * and punctuation, so "Al-Qaeda", "Al Qaeda" and "al-Qaida" are found alike. Immutable; load once.
 */
public final class Organizations {
  /** A known organisation: its canonical name and what kind of actor it is. */
  public record Entry(String canonical, String kind) {}


  private final Map<String, Entry> byKey;
  private final Map<String, Boolean> acronymKeys;
  /** Every prefix of every key, so a scan can stop as soon as no name can continue. */
  private final java.util.Set<String> prefixes;

  private Organizations(Map<String, Entry> byKey, Map<String, Boolean> acronymKeys) {
    this.byKey = byKey;
    this.acronymKeys = acronymKeys;
    java.util.Set<String> p = new java.util.HashSet<>();
    for (String key : byKey.keySet()) {
      for (int i = 1; i <= key.length(); i++) {
        p.add(key.substring(0, i));
      }
    }
    this.prefixes = java.util.Set.copyOf(p);
  }

  /** The lists shipped with Storyline. */
  public static Organizations bundled() {
    Map<String, Entry> byKey = new HashMap<>();
    Map<String, Boolean> acronyms = new HashMap<>();
    // hand-made entries first: they win over compiled ones with the same key
    read("organizations-extra.tsv", false, byKey, acronyms);
    read("organizations-phoenix.tsv.gz", true, byKey, acronyms);
    return new Organizations(Map.copyOf(byKey), Map.copyOf(acronyms));
  }

  private static void read(String resource, boolean gzipped, Map<String, Entry> byKey, Map<String, Boolean> acronyms) {
    try (InputStream raw = Organizations.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Entry entry = new Entry(f[0].strip(), f.length > 2 ? f[2].strip() : "ORGANIZATION");
        add(byKey, acronyms, f[0], entry);
        if (f.length > 1 && !f[1].isBlank()) {
          for (String alias : f[1].split("\\|")) {
            add(byKey, acronyms, alias, entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static void add(Map<String, Entry> byKey, Map<String, Boolean> acronyms, String name, Entry entry) {
    String n = name.strip();
    if (n.regionMatches(true, 0, "the ", 0, 4)) {
      n = n.substring(4);
    }
    String key = key(n);
    if (key.length() < 2 || byKey.containsKey(key)) {
      return;
    }
    byKey.put(key, entry);
    if (isAcronym(n)) {
      acronyms.put(key, Boolean.TRUE);
    }
  }

  /** The matching key: lower case, no diacritics, letters and digits only (run for every token of every article). */
  static String key(String name) {
    return NameFolding.foldTight(name);
  }

  /** "IS", "WHO", "U.N.", "G20": capitals (and digits or dots) only. */
  static boolean isAcronym(String surface) {
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      } else if (!Character.isDigit(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return letter;
  }

  /** The organisation a surface form names, if any; an acronym matches only when written as one. */
  public Optional<Entry> lookup(String surface) {
    String key = key(surface.regionMatches(true, 0, "the ", 0, 4) ? surface.substring(4) : surface);
    Entry e = byKey.get(key);
    if (e == null) {
      return Optional.empty();
    }
    if (acronymKeys.containsKey(key) && !isAcronym(surface)) {
      return Optional.empty(); // "who", "Is" are words, not the WHO or IS
    }
    return Optional.of(e);
  }

  /** Whether some known name has this key as its whole key (for longest-match scanning). */
  boolean containsKey(String key) {
    return byKey.containsKey(key);
  }

  /** Whether some known name's key begins with this one. */
  boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  public int size() {
    return byKey.size();
  }

  /** Kinds that make an organisation an actor with a role in events (used by later stages). */
  public static final List<String> KINDS = List.of("ARMED_GROUP", "STATE_FORCE", "IGO", "NGO", "AGENCY", "MONITOR", "MEDIA", "PARTY");
}
