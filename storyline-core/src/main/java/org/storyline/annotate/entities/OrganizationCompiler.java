package org.storyline.annotate.entities;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles organizations-phoenix.tsv.gz from the Phoenix actor dictionaries of openeventdata
 * (MIT): Phoenix.International.actors.txt (intergovernmental organisations, NGOs) and
 * Phoenix.MilNonState.actors.txt (armed groups, from the START TOPS database).
 *
 * <p>Those files list people beside organisations (officials of the UN, leaders of groups), so only
 * names that read as an organisation are kept: a word such as "organization", "front", "army" or
 * "agency" in them, or an acronym of three to eight capitals. Companies are left out (a recogniser
 * trained on news finds them well). Deterministic; run by maintainers ({@code storyline data
 * organizations}), output committed.
 */
public final class OrganizationCompiler {
  private static final Pattern ENTRY = Pattern.compile("^([A-Z0-9][^\\[#\\t]*?)\\s*(?:\\[([A-Z]{3})[^\\]]*\\])?\\s*(?:#.*)?$");
  private static final Pattern ORG_WORD = Pattern.compile(
      "(?i)\\b(organi[sz]ation|association|agency|council|committee|commission|fund|bank|court|tribunal|union|league|"
          + "federation|front|army|brigades?|movement|party|group|forces|militia|alliance|institute|foundation|programme|"
          + "program|office|authority|society|network|coalition|mission|secretariat|assembly|cross|crescent|watch|"
          + "international|jihad|jihadists?|mujahideen|liberation|resistance|revolutionary|battalions?|corps|cells?)\\b");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{2,7}");
  private static final Set<String> SMALL = Set.of("of", "for", "the", "and", "on", "in", "to", "de", "la", "al", "el", "du", "des", "del");

  /** Writes the compiled list; returns how many organisations it holds. */
  public int compile(Path petrarchDir, Path output) throws IOException {
    TreeMap<String, String[]> rows = new TreeMap<>();
    read(petrarchDir.resolve("Phoenix.International.actors.txt"), rows, code -> code.startsWith("IGO") ? "IGO" : code.startsWith("NGO") ? "NGO" : null);
    read(petrarchDir.resolve("Phoenix.MilNonState.actors.txt"), rows, code -> "ARMED_GROUP");
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)), StandardCharsets.UTF_8))) {
      w.println("# Compiled by 'storyline data organizations' from openeventdata's Phoenix actor dictionaries (MIT).");
      w.println("# canonical <TAB> aliases (|) <TAB> kind");
      for (String[] row : rows.values()) {
        w.println(String.join("\t", row));
      }
    }
    return rows.size();
  }

  private interface Kind {
    String of(String code);
  }

  private static void read(Path file, TreeMap<String, String[]> rows, Kind kind) throws IOException {
    String canonical = null;
    String entryKind = null;
    Set<String> aliases = new LinkedHashSet<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    lines.add("");
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.startsWith("+") && canonical != null) {
        String alias = name(line.substring(1));
        if (alias != null && readsAsOrganization(alias)) {
          aliases.add(alias);
        }
        continue;
      }
      if (line.startsWith("\t") || line.startsWith(" ")) {
        Matcher code = Pattern.compile("\\[([A-Z]{3})").matcher(line);
        if (code.find() && entryKind == null && canonical != null) {
          entryKind = kind.of(code.group(1));
        }
        continue;
      }
      if (canonical != null && entryKind != null && readsAsOrganization(canonical)) {
        aliases.remove(canonical);
        rows.putIfAbsent(canonical.toLowerCase(Locale.ROOT), new String[] {canonical, String.join("|", aliases), entryKind});
      }
      canonical = null;
      entryKind = null;
      aliases.clear();
      Matcher m = ENTRY.matcher(line);
      if (!line.isBlank() && !line.startsWith("#") && m.matches()) {
        canonical = name(m.group(1));
        entryKind = m.group(2) == null ? null : kind.of(m.group(2));
      }
    }
  }

  private static boolean readsAsOrganization(String name) {
    return ORG_WORD.matcher(name).find() || ACRONYM.matcher(name).matches();
  }

  /** "UNITED_NATIONS_CHILDREN'S_FUND_" → "United Nations Children's Fund"; "ALF_" → "ALF"; parentheses go. */
  static String name(String token) {
    String s = token.replaceAll("#.*", "").replaceAll("\\(.*?\\)", " ").replace('_', ' ').strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() < 2) {
      return null;
    }
    if (!s.contains(" ") && s.length() <= 8) {
      return s; // an acronym stays in capitals
    }
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!b.isEmpty()) {
        b.append(' ');
      }
      if (!b.isEmpty() && SMALL.contains(lower)) {
        b.append(lower);
      } else if (w.length() <= 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && !w.matches(".*[AEIOU].*")) {
        b.append(w); // vowel-less short words are acronyms: "UNHCR" inside a longer name
      } else {
        b.append(capitalise(lower));
      }
    }
    return b.toString();
  }

  private static String capitalise(String w) {
    StringBuilder b = new StringBuilder(w);
    boolean start = true;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (start && Character.isLetter(c)) {
        b.setCharAt(i, Character.toUpperCase(c));
      }
      start = c == '-' || c == '\'' && i + 1 < b.length() && b.charAt(i + 1) != 's';
    }
    return b.toString();
  }

  /** For maintainers: compile and log. */
  public static void run(Path petrarchDir, Path output, Consumer<String> log) {
    try {
      int n = new OrganizationCompiler().compile(petrarchDir, output);
      log.accept(output + ": " + n + " organisations");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
