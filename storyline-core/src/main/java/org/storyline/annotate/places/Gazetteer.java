package org.storyline.annotate.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Place names to places: GeoNames populated places, first-order regions and countries, looked up by
 * {@link Names#key} over preferred and alternate names. Immutable after loading and safe to share
 * between threads. Load once per process ({@link #bundled()}) and pass it to the stages that need it.
 */
public final class Gazetteer {
  /** The resource compiled by {@link GazetteerCompiler} and shipped in this jar. */
  public static final String RESOURCE = "gazetteer.tsv.gz";

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> byName;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, String> regionNames;
  private final Map<String, String> nationalities;

  private Gazetteer(List<GazetteerEntry> entries, Map<String, int[]> byName, Map<String, GazetteerEntry> countries,
      Map<String, String> regionNames, Map<String, String> nationalities) {
    this.entries = entries;
    this.byName = byName;
    this.countries = countries;
    this.regionNames = regionNames;
    this.nationalities = nationalities;
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

  /** Reads a gzipped gazetteer in the format {@link GazetteerCompiler} writes. */
  public static Gazetteer read(InputStream gzipped) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>(220_000);
    Map<String, List<Integer>> names = new HashMap<>(600_000);
    Map<String, GazetteerEntry> countries = new HashMap<>();
    Map<String, String> regionNames = new HashMap<>();
    Map<String, String> nationalities = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "P" -> {
            GazetteerEntry e = new GazetteerEntry(Long.valueOf(f[1]), f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                GazetteerEntry.Kind.CITY, f[6], f[7].isEmpty() ? null : f[7], Long.parseLong(f[8]), f[5].intern());
            index(names, entries, e, f[2], f[9]);
          }
          case "A" -> {
            String[] code = f[1].split("\\.", 2);
            regionNames.put(f[1], f[2]);
            GazetteerEntry e = new GazetteerEntry(null, f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                GazetteerEntry.Kind.ADMIN1, code[0], code[1], Long.parseLong(f[5]), "ADM1");
            index(names, entries, e, f[2], "");
          }
          case "C" -> {
            GazetteerEntry e = new GazetteerEntry(null, f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                GazetteerEntry.Kind.COUNTRY, f[1], null, Long.parseLong(f[5]), "PCLI");
            countries.put(f[1], e);
            index(names, entries, e, f[2], f[6]);
          }
          case "N" -> {
            for (String adjective : f[2].split("\\|")) {
              nationalities.putIfAbsent(Names.key(adjective), f[1]);
            }
          }
          default -> throw new IOException("unknown gazetteer row type '" + f[0] + "'");
        }
      }
    }
    Map<String, int[]> byName = new HashMap<>(names.size() * 4 / 3);
    names.forEach((k, v) -> byName.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new Gazetteer(List.copyOf(entries), byName, Map.copyOf(countries), Map.copyOf(regionNames), Map.copyOf(nationalities));
  }

  private static void index(Map<String, List<Integer>> names, List<GazetteerEntry> entries, GazetteerEntry e,
      String name, String alternates) {
    int id = entries.size();
    entries.add(e);
    addName(names, Names.key(name), id);
    if (!alternates.isEmpty()) {
      for (String alt : alternates.split("\\|")) {
        addName(names, Names.key(alt), id);
      }
    }
  }

  private static void addName(Map<String, List<Integer>> names, String key, int id) {
    if (key.isEmpty()) {
      return;
    }
    List<Integer> ids = names.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
      ids.add(id);
    }
  }

  /** Every entry known by this name (preferred or alternate), in no particular order. */
  public List<GazetteerEntry> lookup(String name) {
    int[] ids = byName.get(Names.key(name));
    if (ids == null) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(entries.get(id));
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

  /** The name of a first-order region ("SY", "09" → "Aleppo"), or null. */
  public String regionName(String country, String admin1) {
    return admin1 == null ? null : regionNames.get(country + "." + admin1);
  }

  public int size() {
    return entries.size();
  }
}
