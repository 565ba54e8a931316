package org.storyline.annotate.events;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles {@code actor-dictionary.tsv.gz} from openeventdata's dictionaries (MIT): the agent
 * nouns of {@code Phoenix.agents.txt} ("SOLDIER [~MIL]", "RIOT_POLICE [~COP]", "CIVILIAN [~CVL]")
 * with the kinds of actor their CAMEO codes stand for, and the names, nationality adjectives and
 * capitals of {@code CountryInfo.txt} (Schrodt 2012, CC BY-SA 3.0: "SYRIA", "SYRIAN", "DAMASCUS" →
 * SY), which name a country's forces or
 * government ("Turkish troops", "Moscow said"). Agent codes that are no kind of event actor
 * (business, media, education, ...) are left out. Deterministic; run by maintainers
 * ({@code storyline data actors}), output committed.
 */
public final class ActorDictionaryCompiler {
  /** CAMEO agent codes and the kinds of actor they are; the first code of an entry decides. */
  private static final Map<String, String> ROLES = Map.of(
      "MIL", "STATE_FORCES", "COP", "STATE_FORCES", "SPY", "STATE_FORCES",
      "GOV", "GOVERNMENT", "LEG", "GOVERNMENT", "JUD", "GOVERNMENT",
      "REB", "REBELS", "INS", "REBELS", "UAF", "MILITIA", "CVL", "CIVILIANS");
  /** Places that the agents file codes as civilians; as actors they would turn "the eastern neighbourhoods" into people. */
  private static final java.util.Set<String> PLACES = java.util.Set.of("neighborhood", "neighbourhood", "village", "settlement",
      "small town", "community", "population", "airliner", "commercial jet", "jetliner", "passenger airliner", "passenger jet");
  private static final Pattern AGENT = Pattern.compile("^([A-Z][A-Z0-9_'\\-]*)\\s*(?:\\{[^}]*\\})?\\s*\\[~([A-Z]{3})");
  private static final Pattern TAG = Pattern.compile("<(CountryName|ISO3166-alpha2|Nationality|Capital)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern COUNTRY = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL);

  /** Writes the dictionary; returns how many rows it holds. */
  public int compile(Path petrarchDir, Path countryInfo, Path output) throws IOException {
    TreeMap<String, String> rows = new TreeMap<>();
    for (String line : Files.readAllLines(petrarchDir.resolve("Phoenix.agents.txt"), StandardCharsets.ISO_8859_1)) {
      Matcher m = AGENT.matcher(line.strip());
      if (m.find() && ROLES.containsKey(m.group(2)) && !m.group(1).contains("!")) {
        String phrase = phrase(m.group(1));
        if (phrase.length() > 2 && !PLACES.contains(phrase)) {
          rows.putIfAbsent(phrase, ROLES.get(m.group(2)) + "\t");
        }
      }
    }
    // the file opens with documentation inside <!-- -->, which itself mentions the tags
    String info = Files.readString(countryInfo, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
    Matcher c = COUNTRY.matcher(info);
    while (c.find()) {
      String name = null;
      String iso2 = null;
      List<String> nations = List.of();
      List<String> capitals = List.of();
      Matcher t = TAG.matcher(c.group(1));
      while (t.find()) {
        switch (t.group(1)) {
          case "CountryName" -> name = title(t.group(2).strip());
          case "ISO3166-alpha2" -> iso2 = t.group(2).strip();
          case "Nationality" -> nations = words(t.group(2));
          default -> capitals = words(t.group(2));
        }
      }
      if (name == null || iso2 == null || !iso2.matches("[A-Z]{2}")) {
        continue;
      }
      rows.put(name + "\u0000", "COUNTRY\t" + iso2);
      rows.putIfAbsent(name.toLowerCase(Locale.ROOT), "NATION\t" + iso2);
      // the first nationality adjectives are the common ones; later ones are misspellings and epithets
      for (String n : nations.subList(0, Math.min(3, nations.size()))) {
        rows.putIfAbsent(n, "NATION\t" + iso2);
      }
      for (String cap : capitals.subList(0, Math.min(1, capitals.size()))) {
        rows.putIfAbsent(cap, "NATION\t" + iso2);
      }
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)), StandardCharsets.UTF_8))) {
      w.println("# Compiled by 'storyline data actors' from openeventdata's Phoenix.agents.txt (MIT) and CountryInfo.txt (Schrodt 2012, CC BY-SA 3.0).");
      w.println("# phrase (lower case, singular) <TAB> kind (an ActorRole, NATION, or COUNTRY for a country's name) <TAB> ISO alpha-2");
      for (Map.Entry<String, String> e : rows.entrySet()) {
        w.println(e.getKey().replace("\u0000", "") + "\t" + e.getValue());
      }
    }
    return rows.size();
  }

  private static List<String> words(String block) {
    return block.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
        .map(s -> s.split("\\s")[0]).map(ActorDictionaryCompiler::phrase)
        .filter(s -> s.length() > 2 && s.chars().filter(ch -> ch == ' ').count() < 3).toList();
  }

  /** "RIOT_POLICE" → "riot police"; "SYRIAN_" → "syrian". */
  static String phrase(String token) {
    return token.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** "UNITED_STATES" → "United States". */
  private static String title(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase(name).split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(w.equals("of") || w.equals("the") || w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  /** For maintainers: compile and log. */
  public static void run(Path petrarchDir, Path countryInfo, Path output, Consumer<String> log) {
    try {
      int n = new ActorDictionaryCompiler().compile(petrarchDir, countryInfo, output);
      log.accept(output + ": " + n + " actor phrases and countries");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
