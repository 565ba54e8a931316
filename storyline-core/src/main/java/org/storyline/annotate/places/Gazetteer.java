package org.storyline.annotate.places;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Place names to places: GeoNames populated places (cities500), first- and second-order regions,
 * countries, continents, well-known regions and the border regions between neighbours, looked up
 * by {@link Names#key} over preferred and alternate names, with a looser index for transliterations
 * and the abbreviations news writes for regions ("Ky.", "B.C."). Immutable after loading and safe
 * to share between threads. Load once per process ({@link #bundled()}) and pass it to the stages
 * that need it.
 */
public final class Gazetteer {
  /** The resource compiled by {@link GazetteerCompiler} and shipped in this jar. */
  public static final String RESOURCE = "gazetteer.bin.gz";
  private static final int MAGIC = 0x534c475a; // "SLGZ"
  private static final int VERSION = 1;
  /** Coordinates are stored as integers of 1/10,000 degree (about 11 m), as GeoNames gives them. */
  private static final double COORDINATE_SCALE = 10_000.0;

  private final GazetteerEntry[] entries;
  private final KeyTable byKey;
  /** Built on first use from {@link #byKey}: most runs never need it, and it costs a third of the load time. */
  private volatile Map<String, int[]> byLooseKey;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> regions;
  private final Map<String, String> nationalities;
  private final Map<String, GazetteerEntry> adjectives;
  private final Map<String, GazetteerEntry> abbreviations;
  private final Map<String, GazetteerEntry> borders;
  private final Map<String, GazetteerEntry> parts;
  private final Map<String, Set<String>> neighbours;
  private static final Map<String, String> DIRECTIONS = Map.of("N", "northern", "S", "southern", "E", "eastern", "W", "western",
      "NE", "north-eastern", "NW", "north-western", "SE", "south-eastern", "SW", "south-western");

  private Gazetteer(Builder b) {
    this.entries = b.entries.toArray(new GazetteerEntry[0]);
    this.byKey = KeyTable.of(b.byKey.freeze());
    this.countries = Map.copyOf(b.countries);
    this.regions = Map.copyOf(b.regions);
    this.nationalities = Map.copyOf(b.nationalities);
    this.adjectives = Map.copyOf(b.adjectives);
    this.abbreviations = Map.copyOf(b.abbreviations);
    this.borders = Map.copyOf(b.borders);
    this.parts = Map.copyOf(b.parts);
    this.neighbours = Map.copyOf(b.neighbours);
  }

  /** The gazetteer shipped with Storyline. Takes about a second; call once and share. */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  private Gazetteer(GazetteerEntry[] entries, KeyTable byKey, Map<String, GazetteerEntry> countries,
      Map<String, GazetteerEntry> regions, Map<String, String> nationalities, Map<String, GazetteerEntry> adjectives,
      Map<String, GazetteerEntry> abbreviations, Map<String, GazetteerEntry> borders, Map<String, GazetteerEntry> parts,
      Map<String, Set<String>> neighbours) {
    this.entries = entries;
    this.byKey = byKey;
    this.countries = countries;
    this.regions = regions;
    this.nationalities = nationalities;
    this.adjectives = adjectives;
    this.abbreviations = abbreviations;
    this.borders = borders;
    this.parts = parts;
    this.neighbours = neighbours;
  }

  /**
   * Reads the gzipped binary form {@link #write} produces: the entries, then the key table as
   * raw arrays, then the small maps by entry number.
   */
  public static Gazetteer read(InputStream gzipped) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Storyline gazetteer of version " + VERSION + " (rebuild it: storyline data gazetteer)");
    }
    Map<String, String> pool = new HashMap<>();
    GazetteerEntry[] entries = new GazetteerEntry[in.readInt()];
    GazetteerEntry.Kind[] kinds = GazetteerEntry.Kind.values();
    for (int i = 0; i < entries.length; i++) {
      long id = in.readInt();
      String name = in.readUTF();
      double lat = in.readInt() / COORDINATE_SCALE;
      double lon = in.readInt() / COORDINATE_SCALE;
      GazetteerEntry.Kind kind = kinds[in.readByte()];
      String country = pooled(pool, in.readUTF());
      String admin1 = pooled(pool, in.readUTF());
      long population = in.readInt() & 0xffffffffL;
      String featureCode = pooled(pool, in.readUTF());
      entries[i] = new GazetteerEntry(id < 0 ? null : id, name, lat, lon, kind, country, admin1, population, featureCode);
    }
    KeyTable keys = KeyTable.read(in);
    Map<String, GazetteerEntry> countries = readEntries(in, entries);
    Map<String, GazetteerEntry> regions = readEntries(in, entries);
    Map<String, String> nationalities = readStrings(in);
    Map<String, GazetteerEntry> adjectives = readEntries(in, entries);
    Map<String, GazetteerEntry> abbreviations = readEntries(in, entries);
    Map<String, GazetteerEntry> borders = readEntries(in, entries);
    Map<String, GazetteerEntry> parts = readEntries(in, entries);
    Map<String, Set<String>> neighbours = new HashMap<>();
    readStrings(in).forEach((cc, list) -> neighbours.put(cc, list.isEmpty() ? Set.of() : Set.of(list.split(","))));
    return new Gazetteer(entries, keys, countries, regions, nationalities, adjectives, abbreviations, borders, parts,
        Map.copyOf(neighbours));
  }

  private static String pooled(Map<String, String> pool, String s) {
    return s.isEmpty() ? null : pool.computeIfAbsent(s, k -> k);
  }

  private static Map<String, GazetteerEntry> readEntries(DataInputStream in, GazetteerEntry[] entries) throws IOException {
    int n = in.readInt();
    Map<String, GazetteerEntry> out = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      out.put(in.readUTF(), entries[in.readInt()]);
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> out = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      out.put(in.readUTF(), in.readUTF());
    }
    return Map.copyOf(out);
  }

  /** Writes the gzipped binary form {@link #read} reads; deterministic for the same gazetteer. */
  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(entries.length);
    Map<GazetteerEntry, Integer> number = new java.util.IdentityHashMap<>();
    for (int i = 0; i < entries.length; i++) {
      GazetteerEntry e = entries[i];
      number.put(e, i);
      out.writeInt(e.geonameId() == null ? -1 : Math.toIntExact(e.geonameId()));
      out.writeUTF(e.name());
      out.writeInt((int) Math.round(e.lat() * COORDINATE_SCALE));
      out.writeInt((int) Math.round(e.lon() * COORDINATE_SCALE));
      out.writeByte(e.kind().ordinal());
      out.writeUTF(e.country() == null ? "" : e.country());
      out.writeUTF(e.admin1() == null ? "" : e.admin1());
      out.writeInt((int) Math.min(e.population(), 0xffffffffL)); // unsigned: up to 4.29 billion
      out.writeUTF(e.featureCode());
    }
    byKey.write(out);
    for (Map<String, GazetteerEntry> m : List.of(countries, regions)) {
      writeEntries(out, m, number);
    }
    writeStrings(out, nationalities);
    for (Map<String, GazetteerEntry> m : List.of(adjectives, abbreviations, borders, parts)) {
      writeEntries(out, m, number);
    }
    Map<String, String> lists = new HashMap<>();
    neighbours.forEach((cc, set) -> lists.put(cc, String.join(",", new java.util.TreeSet<>(set))));
    writeStrings(out, lists);
    out.flush();
    gz.finish();
  }

  private static void writeEntries(DataOutputStream out, Map<String, GazetteerEntry> m, Map<GazetteerEntry, Integer> number)
      throws IOException {
    out.writeInt(m.size());
    for (var e : new java.util.TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(number.get(e.getValue()));
    }
  }

  private static void writeStrings(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    for (var e : new java.util.TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  /** Builds a gazetteer from the text rows {@link GazetteerCompiler} produces (see its header for the row types). */
  static Gazetteer fromRows(List<String> rows) throws IOException {
    Builder b = new Builder();
    String[] f = new String[12];
    int lineNumber = 0;
    for (String line : rows) {
      lineNumber++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int n = split(line, f);
      try {
        b.row(f, n);
      } catch (RuntimeException e) {
        throw new IOException("gazetteer row " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return new Gazetteer(b);
  }

  /** Splits on tabs into {@code out} (no regex: this runs for 230,000 rows); returns the field count. */
  private static int split(String line, String[] out) {
    int n = 0;
    int from = 0;
    while (n < out.length) {
      int tab = line.indexOf('\t', from);
      out[n++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return n;
  }

  /** Accumulates rows while loading. */
  private static final class Builder {
    final List<GazetteerEntry> entries = new ArrayList<>(230_000);
    final KeyIndex byKey = new KeyIndex(900_000);
    final Map<String, GazetteerEntry> countries = new HashMap<>();
    final Map<String, GazetteerEntry> regions = new HashMap<>();
    final Map<String, String> nationalities = new HashMap<>();
    final Map<String, GazetteerEntry> adjectives = new HashMap<>();
    final Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    final Map<String, GazetteerEntry> borders = new HashMap<>();
    final Map<String, GazetteerEntry> parts = new HashMap<>();
    final Map<String, Set<String>> neighbours = new HashMap<>();

    void row(String[] f, int n) {
      switch (f[0]) {
        case "P" -> add(new GazetteerEntry(Long.valueOf(f[1]), f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
            GazetteerEntry.Kind.CITY, f[6].intern(), f[7].isEmpty() ? null : f[7].intern(), Long.parseLong(f[8]), f[5].intern()), f[9]);
        case "A", "D" -> {
          String[] code = f[1].split("\\.", 3);
          GazetteerEntry e = new GazetteerEntry(null, f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
              f[0].equals("A") ? GazetteerEntry.Kind.ADMIN1 : GazetteerEntry.Kind.ADMIN2, code[0].intern(), code[1].intern(),
              Long.parseLong(f[5]), f[0].equals("A") ? "ADM1" : "ADM2");
          if (f[0].equals("A")) {
            regions.put(f[1], e);
          }
          add(e, f[6]);
        }
        case "C" -> {
          GazetteerEntry e = new GazetteerEntry(f[2].isEmpty() ? null : Long.valueOf(f[2]), f[3], Double.parseDouble(f[4]),
              Double.parseDouble(f[5]), GazetteerEntry.Kind.COUNTRY, f[1].intern(), null, Long.parseLong(f[6]), "PCLI");
          countries.put(f[1], e);
          neighbours.put(f[1], f[8].isEmpty() ? Set.of() : Set.of(f[8].split(",")));
          add(e, f[9]);
        }
        case "N" -> {
          for (String key : f[2].split("\\|")) {
            nationalities.putIfAbsent(key, f[1]);
          }
        }
        case "R" -> {
          boolean continent = f[5].equals("CONT");
          String country = f[6].isEmpty() ? null : f[6].substring(0, 2);
          GazetteerEntry e = new GazetteerEntry(f[4].isEmpty() ? null : Long.valueOf(f[4]), f[1], Double.parseDouble(f[2]),
              Double.parseDouble(f[3]), continent ? GazetteerEntry.Kind.CONTINENT : GazetteerEntry.Kind.REGION, country, null, 0,
              continent ? "CONT" : "RGN");
          add(e, f[7]);
          if (n > 8 && !f[8].isEmpty()) {
            for (String key : f[8].split("\\|")) {
              adjectives.putIfAbsent(key, e);
            }
          }
        }
        case "X" -> abbreviations.put(f[3], regions.get(f[2]));
        case "B" -> {
          GazetteerEntry a = countries.get(f[1]);
          GazetteerEntry b = countries.get(f[2]);
          if (a != null && b != null) {
            GazetteerEntry e = new GazetteerEntry(null, a.name() + "–" + b.name() + " border", Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), GazetteerEntry.Kind.REGION, f[1], null, 0, "RGN");
            borders.put(f[1] + "." + f[2], e);
            entries.add(e);
          }
        }
        case "Q" -> {
          GazetteerEntry c = countries.get(f[1]);
          if (c != null) {
            GazetteerEntry e = new GazetteerEntry(null, DIRECTIONS.get(f[2]) + " " + c.name(), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), GazetteerEntry.Kind.REGION, f[1], null, 0, "RGN");
            parts.put(f[1] + "." + f[2], e);
            entries.add(e);
          }
        }
        default -> throw new IllegalArgumentException("unknown row type '" + f[0] + "'");
      }
    }

    private void add(GazetteerEntry e, String keys) {
      int id = entries.size();
      entries.add(e);
      int from = 0;
      while (from <= keys.length()) {
        int bar = keys.indexOf('|', from);
        String key = bar < 0 ? keys.substring(from) : keys.substring(from, bar);
        if (!key.isEmpty()) {
          byKey.add(key, id);
        }
        if (bar < 0) {
          break;
        }
        from = bar + 1;
      }
    }
  }

  /** Key to entry ids, grown while loading; ids of one key are kept distinct. */
  private static final class KeyIndex {
    private final HashMap<String, int[]> map;

    KeyIndex(int expected) {
      this.map = HashMap.newHashMap(expected);
    }

    void add(String key, int id) {
      int[] old = map.putIfAbsent(key, new int[] {id});
      if (old != null && !contains(old, id)) {
        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        map.put(key, grown);
      }
    }

    private static boolean contains(int[] ids, int id) {
      for (int i : ids) {
        if (i == id) {
          return true;
        }
      }
      return false;
    }

    Map<String, int[]> freeze() {
      return map;
    }
  }

  /**
   * Every entry known by this name (preferred or alternate), in the order they were compiled
   * (countries, regions, then places), plus the region an abbreviation written exactly so names
   * ("Ky." is Kentucky; "ky" is nothing).
   */
  public List<GazetteerEntry> lookup(String name) {
    return entries(byKey.get(Names.key(name)), abbreviations.get(name.strip()));
  }

  /**
   * Places and regions whose names are transliterations of this one ("Ramussa" → Ar Ramusah); see
   * {@link Names#loose}. The first call builds the loose index (about a second).
   */
  public List<GazetteerEntry> lookupLoose(String name) {
    String key = Names.key(name);
    return key.isEmpty() ? List.of() : entries(looseIndex().get(Names.loose(key)), null);
  }

  private Map<String, int[]> looseIndex() {
    Map<String, int[]> index = byLooseKey;
    if (index == null) {
      synchronized (this) {
        index = byLooseKey;
        if (index == null) {
          KeyIndex loose = new KeyIndex(byKey.size() * 2);
          byKey.forEach((key, ids) -> {
            String l = Names.loose(key);
            for (int id : ids) {
              GazetteerEntry.Kind kind = entries[id].kind();
              if (kind == GazetteerEntry.Kind.CITY || kind == GazetteerEntry.Kind.ADMIN1 || kind == GazetteerEntry.Kind.ADMIN2) {
                loose.add(l, id);
              }
            }
          });
          index = loose.freeze();
          byLooseKey = index;
        }
      }
    }
    return index;
  }

  /** Whether any entry has this name; the cheap test for scanning text. */
  public boolean knows(String name) {
    return byKey.contains(Names.key(name));
  }

  private List<GazetteerEntry> entries(int[] ids, GazetteerEntry extra) {
    if (ids == null) {
      return extra == null ? List.of() : List.of(extra);
    }
    List<GazetteerEntry> out = new ArrayList<>(ids.length + 1);
    for (int id : ids) {
      out.add(entries[id]);
    }
    if (extra != null && !out.contains(extra)) {
      out.add(extra);
    }
    return out;
  }

  /** The country with this ISO alpha-2 code. */
  public Optional<GazetteerEntry> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The country a nationality adjective or demonym names ("Syrian" → "SY"). */
  public Optional<String> countryOfNationality(String adjective) {
    return Optional.ofNullable(nationalities.get(Names.key(adjective)));
  }

  /** The continent or region an adjective names ("European" → Europe). */
  public Optional<GazetteerEntry> regionOfAdjective(String adjective) {
    return Optional.ofNullable(adjectives.get(Names.key(adjective)));
  }

  /** The border region of two neighbouring countries, in either order. */
  public Optional<GazetteerEntry> border(String country1, String country2) {
    GazetteerEntry e = borders.get(country1 + "." + country2);
    return Optional.ofNullable(e != null ? e : borders.get(country2 + "." + country1));
  }

  /**
   * A part of a country by compass direction ("SY", "N" → northern Syria), at the mean of the
   * country's places there; directions N, S, E, W, NE, NW, SE, SW.
   */
  public Optional<GazetteerEntry> part(String country, String direction) {
    return Optional.ofNullable(parts.get(country + "." + direction));
  }

  /** The countries that share a land border with this one (GeoNames' list). */
  public Set<String> neighbours(String country) {
    return neighbours.getOrDefault(country, Set.of());
  }

  /** A first-order region ("SY", "09" → Aleppo governorate). */
  public Optional<GazetteerEntry> region(String country, String admin1) {
    return admin1 == null ? Optional.empty() : Optional.ofNullable(regions.get(country + "." + admin1));
  }

  /** The name of a first-order region ("SY", "09" → "Aleppo"), or null. */
  public String regionName(String country, String admin1) {
    return region(country, admin1).map(GazetteerEntry::name).orElse(null);
  }

  public int size() {
    return entries.length;
  }
}
