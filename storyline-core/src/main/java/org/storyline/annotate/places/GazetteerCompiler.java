package org.storyline.annotate.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Compiles the compact gazetteer resource that Storyline ships, from the shared development data:
 *
 * <ul>
 *   <li>GeoNames {@code cities500} (all places of 500+ people) with Latin-script alternate names;
 *       codes (all-caps names of up to 4 letters, such as airport codes) and non-Latin scripts are
 *       dropped to keep the resource small and the matches honest;
 *   <li>first- and second-order regions ({@code admin1.json}, {@code admin2.json}), placed at the
 *       plain mean of their places;
 *   <li>countries at GeoNames' own country point ({@code country-geonames.tsv}, with their GeoNames
 *       ids, continents and neighbours), else at the area centroid of their largest outline
 *       (Natural Earth 1:50m); names from the JDK's English locale data, openeventdata's
 *       CountryInfo and a short hand-made alias list;
 *   <li>continents and well-known regions ({@code regions.tsv}), the border region of each pair of
 *       neighbours and the eight compass parts of each country, computed from the places;
 *   <li>nationality adjectives ("Syrian" → SY) from CountryInfo, as country context, and the
 *       abbreviations news writes for regions ({@code region-abbreviations.tsv}).
 * </ul>
 *
 * <p>The sources become text rows first (C country, N nationalities, A/D region, R continent or
 * region, X abbreviation, B border, Q compass part, P place; names as {@link Names#key} match
 * keys), which {@link Gazetteer#fromRows} indexes and {@link Gazetteer#write} stores in binary, so
 * that loading is a few array reads. Run by maintainers ({@code storyline data gazetteer}); the
 * output is committed. Deterministic: the same inputs give the same bytes.
 *
 * <p>Data: GeoNames (https://www.geonames.org/), CC BY 4.0; Natural Earth via world-atlas;
 * openeventdata CountryInfo (MIT).
 */
public final class GazetteerCompiler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}\\p{N} .,'’`()\\-]+");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,4}");
  private static final Pattern TAG = Pattern.compile("<([A-Za-z0-9-]+)>([^<]*)</\\1>");

  /** Inputs: the GeoNames folder, the TopoJSON country outlines, and CountryInfo. */
  public record Inputs(Path geonamesDir, Path countriesTopoJson, Path countryInfo) {}

  /** What was written, for the maintainer's log. */
  public record Summary(int places, int regions, int countries, int nationalities, long bytes) {}

  public Summary compile(Inputs in, Path output) throws IOException {
    Map<String, CountryInfo> countries = readCountryInfo(in.countryInfo());
    Map<String, double[]> centroids = countryCentroids(in.countriesTopoJson(), countries);
    Map<String, String[]> geonames = readTable("country-geonames.tsv");
    Map<String, String> admin1Names = readCodes(in.geonamesDir().resolve("admin1.json"));
    Map<String, String> admin2Names = readCodes(in.geonamesDir().resolve("admin2.json"));
    Map<String, List<String>> aliases = readAliases();

    List<String> placeRows = new ArrayList<>();
    Map<String, double[]> regionSums = new HashMap<>(); // code -> {sum lat, sum lon, count, population}
    Map<String, Long> countryPopulation = new HashMap<>();
    List<double[]> points = new ArrayList<>(); // {lat, lon, country index} of every place, for the borders
    List<String> countryIndex = new ArrayList<>();
    Map<String, Integer> countryNumber = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(in.geonamesDir().resolve("geonames-cities500.txt.gz"))), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
        }
        String cc = f[8];
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        Set<String> names = new LinkedHashSet<>();
        names.add(f[1]);
        for (String alt : (f[2] + "," + f[3]).split(",")) {
          String a = alt.strip();
          if (a.length() >= 2 && a.length() <= 60 && LATIN.matcher(a).matches() && !CODE.matcher(a).matches()) {
            names.add(a);
          }
        }
        placeRows.add(String.join("\t", "P", f[0], f[1], coord(lat), coord(lon), f[7], cc, f[10],
            Long.toString(population), keys(names)));
        if (!f[10].isEmpty()) {
          add(regionSums, cc + "." + f[10], lat, lon, population);
          if (!f[11].isEmpty()) {
            add(regionSums, cc + "." + f[10] + "." + f[11], lat, lon, population);
          }
        }
        countryPopulation.merge(cc, population, Long::sum);
        int n = countryNumber.computeIfAbsent(cc, k -> {
          countryIndex.add(k);
          return countryIndex.size() - 1;
        });
        points.add(new double[] {lat, lon, n});
      }
    }

    List<String> rows = new ArrayList<>();
    int countryCount = 0;
    int nationalityCount = 0;
    Set<String> neighbourPairs = new java.util.TreeSet<>();
    for (var e : new TreeMap<>(countries).entrySet()) {
      String cc = e.getKey();
      String[] gn = geonames.get(cc);
      double[] c = gn != null && !gn[2].isEmpty() ? new double[] {Double.parseDouble(gn[3]), Double.parseDouble(gn[2])} : centroids.get(cc);
      if (c == null) {
        continue; // no GeoNames point and no outline: a territory too small for the 1:50m map
      }
      CountryInfo info = e.getValue();
      Set<String> names = new LinkedHashSet<>();
      List<String> own = aliases.getOrDefault(cc, List.of());
      if (!own.isEmpty() && own.get(0).startsWith("!")) {
        names.add(own.get(0).substring(1)); // the alias list overrides the locale's preferred name
      }
      String localeName = Locale.of("", cc).getDisplayCountry(Locale.ENGLISH);
      names.add(localeName);
      names.add(localeName.replace(" & ", " and ").replace("St. ", "Saint "));
      names.add(titleCase(info.name()));
      own.forEach(n -> names.add(n.startsWith("!") ? n.substring(1) : n));
      names.removeIf(String::isBlank);
      String neighbours = gn == null ? "" : gn[5];
      for (String nb : neighbours.split(",")) {
        if (!nb.isBlank()) {
          neighbourPairs.add(cc.compareTo(nb) < 0 ? cc + "." + nb : nb + "." + cc);
        }
      }
      rows.add(String.join("\t", "C", cc, gn == null ? "" : gn[1], names.iterator().next(), coord(c[1]), coord(c[0]),
          Long.toString(countryPopulation.getOrDefault(cc, 0L)), gn == null ? "" : gn[4], neighbours, keys(names)));
      countryCount++;
      if (!info.nationalities().isEmpty()) {
        rows.add(String.join("\t", "N", cc, keys(info.nationalities())));
        nationalityCount++;
      }
    }
    int regionCount = regionRows(rows, "A", admin1Names, regionSums);
    regionCount += regionRows(rows, "D", admin2Names, regionSums);
    rows.addAll(readRegions());
    rows.addAll(abbreviationRows(admin1Names));
    rows.addAll(borderRows(points, countryIndex, neighbourPairs));
    rows.addAll(directionRows(points, countryIndex, countries.keySet()));
    placeRows.sort(null);
    rows.addAll(placeRows);

    Gazetteer gazetteer = Gazetteer.fromRows(rows);
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      gazetteer.write(out);
    }
    return new Summary(placeRows.size(), regionCount, countryCount, nationalityCount, Files.size(output));
  }

  private static void add(Map<String, double[]> sums, String code, double lat, double lon, long population) {
    double[] s = sums.computeIfAbsent(code, k -> new double[4]);
    s[0] += lat;
    s[1] += lon;
    s[2] += 1;
    s[3] += population;
  }

  /**
   * Regions at the plain mean of their places' coordinates. Measured on GeoWebNews (the development
   * set) against gold region points: the plain mean puts 95% of first-order regions within 161 km,
   * the population-weighted mean 85% (it drifts to the largest city), the bounding-box centre 91%.
   */
  private static int regionRows(List<String> rows, String type, Map<String, String> names, Map<String, double[]> sums) {
    int count = 0;
    for (var e : new TreeMap<>(names).entrySet()) {
      double[] s = sums.get(e.getKey());
      if (s == null) {
        continue; // a region with no listed place has no position we could give
      }
      Set<String> keys = new LinkedHashSet<>(List.of(e.getValue()));
      rows.add(String.join("\t", type, e.getKey(), e.getValue(), coord(s[0] / s[2]), coord(s[1] / s[2]),
          Long.toString((long) s[3]), keys(keys)));
      count++;
    }
    return count;
  }

  /** The match keys of some names, distinct, '|' separated, in order. */
  private static String keys(java.util.Collection<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    for (String n : names) {
      String k = Names.key(n);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return String.join("|", keys);
  }

  private static List<String> readRegions() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : resourceLines("regions.tsv")) {
      String[] f = line.split("\t", -1);
      List<String> names = List.of(f[0].split("\\|"));
      rows.add(String.join("\t", "R", names.get(0), f[1], f[2], f[3], f[4], f[5], keys(names),
          f.length > 6 ? keys(List.of(f[6].split("\\|"))) : ""));
    }
    return rows;
  }

  private static List<String> abbreviationRows(Map<String, String> admin1Names) throws IOException {
    Map<String, String> codeByName = new HashMap<>();
    admin1Names.forEach((code, name) -> codeByName.put(code.substring(0, 2) + "|" + name, code));
    List<String> rows = new ArrayList<>();
    for (String line : resourceLines("region-abbreviations.tsv")) {
      String[] f = line.split("\t");
      String code = codeByName.get(f[0] + "|" + f[1]);
      if (code == null) {
        throw new IOException("region-abbreviations.tsv: no region '" + f[1] + "' in " + f[0]);
      }
      for (String form : f[2].split("\\|")) {
        rows.add(String.join("\t", "X", f[0], code, form));
      }
    }
    return rows;
  }

  /**
   * The border region of each pair of neighbours, at the mean of the places of either country that
   * lie within {@link #BORDER_KM} of a place of the other: where "the Syrian-Turkish border" is.
   * Places are bucketed in one-degree cells so that each is compared with its surroundings only.
   */
  private static List<String> borderRows(List<double[]> points, List<String> countryIndex, Set<String> pairs) {
    Map<Long, List<double[]>> cells = new HashMap<>();
    for (double[] p : points) {
      cells.computeIfAbsent(cell(Math.floor(p[0]), Math.floor(p[1])), k -> new ArrayList<>()).add(p);
    }
    Map<String, double[]> sums = new TreeMap<>();
    for (double[] p : points) {
      String a = countryIndex.get((int) p[2]);
      Set<String> seen = new java.util.HashSet<>();
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          for (double[] q : cells.getOrDefault(cell(Math.floor(p[0]) + dy, Math.floor(p[1]) + dx), List.of())) {
            String b = countryIndex.get((int) q[2]);
            String pair = a.compareTo(b) < 0 ? a + "." + b : b + "." + a;
            if (!b.equals(a) && pairs.contains(pair) && !seen.contains(b) && GreatCircle.km(p[0], p[1], q[0], q[1]) <= BORDER_KM) {
              seen.add(b);
              double[] s = sums.computeIfAbsent(pair, k -> new double[3]);
              s[0] += p[0];
              s[1] += p[1];
              s[2] += 1;
            }
          }
        }
      }
    }
    List<String> rows = new ArrayList<>();
    sums.forEach((pair, s) -> rows.add(String.join("\t", "B", pair.substring(0, 2), pair.substring(3), coord(s[0] / s[2]), coord(s[1] / s[2]))));
    return rows;
  }

  /**
   * Where "northern Syria" is: for each country and each of eight directions, the mean of the
   * country's places in that part (the outer third of latitudes or longitudes for N, S, E, W; the
   * quadrant beyond the medians for NE, NW, SE, SW). Countries with fewer than ten places get none.
   */
  private static List<String> directionRows(List<double[]> points, List<String> countryIndex, Set<String> known) {
    Map<Integer, List<double[]>> byCountry = new TreeMap<>();
    for (double[] p : points) {
      byCountry.computeIfAbsent((int) p[2], k -> new ArrayList<>()).add(p);
    }
    List<String> rows = new ArrayList<>();
    for (var e : byCountry.entrySet()) {
      String cc = countryIndex.get(e.getKey());
      List<double[]> ps = e.getValue();
      if (ps.size() < 10 || !known.contains(cc)) {
        continue;
      }
      double[] lats = ps.stream().mapToDouble(p -> p[0]).sorted().toArray();
      double[] lons = ps.stream().mapToDouble(p -> p[1]).sorted().toArray();
      double lat33 = lats[lats.length / 3];
      double lat50 = lats[lats.length / 2];
      double lat67 = lats[lats.length * 2 / 3];
      double lon33 = lons[lons.length / 3];
      double lon50 = lons[lons.length / 2];
      double lon67 = lons[lons.length * 2 / 3];
      Map<String, java.util.function.Predicate<double[]>> parts = new java.util.LinkedHashMap<>();
      parts.put("N", p -> p[0] >= lat67);
      parts.put("S", p -> p[0] <= lat33);
      parts.put("E", p -> p[1] >= lon67);
      parts.put("W", p -> p[1] <= lon33);
      parts.put("NE", p -> p[0] >= lat50 && p[1] >= lon50);
      parts.put("NW", p -> p[0] >= lat50 && p[1] <= lon50);
      parts.put("SE", p -> p[0] <= lat50 && p[1] >= lon50);
      parts.put("SW", p -> p[0] <= lat50 && p[1] <= lon50);
      parts.forEach((dir, in) -> {
        double[] mean = ps.stream().filter(in).map(p -> new double[] {p[0], p[1], 1})
            .reduce(new double[3], (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        if (mean[2] > 0) {
          rows.add(String.join("\t", "Q", cc, dir, coord(mean[0] / mean[2]), coord(mean[1] / mean[2])));
        }
      });
    }
    return rows;
  }

  /** How near (km) a place must be to the other country's places to count as a border place. */
  static final double BORDER_KM = 20;

  private static long cell(double lat, double lon) {
    return (long) (lat + 90) * 1000 + (long) (lon + 180);
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = GazetteerCompiler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  /** A tab-separated resource keyed by its first column. */
  private static Map<String, String[]> readTable(String name) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    for (String line : resourceLines(name)) {
      String[] f = line.split("\t", -1);
      out.put(f[0], f);
    }
    return out;
  }

  private static String coord(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char ch : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '(';
    }
    return b.toString().replace(" And ", " and ").replace(" Of ", " of ").replace(" The ", " the ");
  }

  record CountryInfo(String alpha2, String numeric, String name, List<String> nationalities) {}

  /** CountryInfo.txt: almost-XML blocks; multi-valued fields are one value per line, "_" for spaces. */
  static Map<String, CountryInfo> readCountryInfo(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    Map<String, CountryInfo> out = new HashMap<>();
    for (String block : text.split("<Country>")) {
      Map<String, String> tags = new HashMap<>();
      Matcher m = TAG.matcher(block);
      while (m.find()) {
        tags.putIfAbsent(m.group(1), m.group(2).strip());
      }
      String alpha2 = tags.get("ISO3166-alpha2");
      if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
        continue;
      }
      List<String> nationalities = new ArrayList<>();
      int start = block.indexOf("<Nationality>");
      int end = block.indexOf("</Nationality>");
      if (start >= 0 && end > start) {
        for (String line : block.substring(start + "<Nationality>".length(), end).split("\n")) {
          String v = line.replaceAll("#.*", "").strip();
          if (!v.isEmpty()) {
            nationalities.add(titleCase(v.replace('_', ' ').strip()));
          }
        }
      }
      out.put(alpha2, new CountryInfo(alpha2, tags.getOrDefault("ISO3166-numeric", ""),
          tags.getOrDefault("CountryName", alpha2), nationalities));
    }
    return out;
  }

  private static Map<String, String> readCodes(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (JsonNode n : JSON.readTree(file.toFile())) {
      out.put(n.get("code").asText(), n.get("name").asText());
    }
    return out;
  }

  /** Hand-made aliases for names news writes but the locale data lacks ("U.S.", "Britain"). */
  private static Map<String, List<String>> readAliases() throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : resourceLines("country-aliases.tsv")) {
      String[] f = line.split("\t");
      out.put(f[0], List.of(f[1].split("\\|")));
    }
    return out;
  }

  /**
   * Area centroid (lon, lat) of each country's largest polygon, from TopoJSON: arcs are quantized
   * and delta-encoded; a negative arc index ~i means arc i reversed. Decoded by hand because the
   * only need is this one number per country, and no maintained Java TopoJSON reader exists.
   */
  static Map<String, double[]> countryCentroids(Path topoJson, Map<String, CountryInfo> countries) throws IOException {
    JsonNode topo = JSON.readTree(topoJson.toFile());
    JsonNode transform = topo.get("transform");
    double sx = transform.get("scale").get(0).asDouble();
    double sy = transform.get("scale").get(1).asDouble();
    double tx = transform.get("translate").get(0).asDouble();
    double ty = transform.get("translate").get(1).asDouble();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topo.get("arcs")) {
      double[][] points = new double[arc.size()][];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        x += arc.get(i).get(0).asLong();
        y += arc.get(i).get(1).asLong();
        points[i] = new double[] {x * sx + tx, y * sy + ty};
      }
      arcs.add(points);
    }
    Map<String, String> byNumeric = new HashMap<>();
    countries.values().forEach(c -> byNumeric.put(c.numeric(), c.alpha2()));
    Map<String, double[]> out = new HashMap<>();
    for (JsonNode geometry : topo.get("objects").get("countries").get("geometries")) {
      String alpha2 = byNumeric.get(geometry.path("id").asText());
      if (alpha2 == null) {
        continue;
      }
      List<JsonNode> polygons = new ArrayList<>();
      if ("Polygon".equals(geometry.path("type").asText())) {
        polygons.add(geometry.get("arcs"));
      } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
        geometry.get("arcs").forEach(polygons::add);
      }
      double bestArea = 0;
      double[] best = null;
      for (JsonNode polygon : polygons) {
        List<double[]> ring = ring(polygon.get(0), arcs);
        double[] c = centroid(ring);
        if (c != null && Math.abs(c[2]) > bestArea) {
          bestArea = Math.abs(c[2]);
          best = c;
        }
      }
      double[] old = out.get(alpha2);
      if (best != null && (old == null || bestArea > old[2])) {
        out.put(alpha2, new double[] {best[0], best[1], bestArea}); // several geometries may share an id: the largest wins
      }
    }
    return out;
  }

  private static List<double[]> ring(JsonNode arcIndexes, List<double[][]> arcs) {
    List<double[]> ring = new ArrayList<>();
    for (JsonNode index : arcIndexes) {
      int i = index.asInt();
      double[][] arc = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < arc.length; k++) {
        double[] p = i >= 0 ? arc[k] : arc[arc.length - 1 - k];
        if (k > 0 || ring.isEmpty()) {
          ring.add(p);
        }
      }
    }
    return ring;
  }

  /**
   * Shoelace centroid: {lon, lat, signed area}, or null for a degenerate ring. A ring that spans
   * more than half the globe crosses the antimeridian (Russia, Fiji): its western longitudes are
   * shifted by 360° first, and the centroid brought back into [-180, 180].
   */
  private static double[] centroid(List<double[]> ring) {
    double minLon = ring.stream().mapToDouble(p -> p[0]).min().orElse(0);
    double maxLon = ring.stream().mapToDouble(p -> p[0]).max().orElse(0);
    if (maxLon - minLon > 180) {
      ring = ring.stream().map(p -> p[0] < 0 ? new double[] {p[0] + 360, p[1]} : p).toList();
    }
    double a = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < ring.size(); i++) {
      double[] p = ring.get(i);
      double[] q = ring.get((i + 1) % ring.size());
      double cross = p[0] * q[1] - q[0] * p[1];
      a += cross;
      cx += (p[0] + q[0]) * cross;
      cy += (p[1] + q[1]) * cross;
    }
    if (Math.abs(a) < 1e-12) {
      return null;
    }
    double lon = cx / (3 * a);
    return new double[] {lon > 180 ? lon - 360 : lon, cy / (3 * a), a / 2};
  }

  /** Command-line use for maintainers: {@code GazetteerCompiler GEONAMES_DIR TOPOJSON COUNTRYINFO OUT}. */
  public static void run(Inputs inputs, Path output, java.util.function.Consumer<String> log) {
    try {
      Summary s = new GazetteerCompiler().compile(inputs, output);
      log.accept(String.format(Locale.ROOT, "%s: %d places, %d regions, %d countries, %d nationality lists, %.1f MB",
          output, s.places(), s.regions(), s.countries(), s.nationalities(), s.bytes() / 1048576.0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
