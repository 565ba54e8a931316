package org.storyline.annotate.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
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
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the compact gazetteer resource that Storyline ships, from the shared development data:
 *
 * <ul>
 *   <li>GeoNames {@code cities500} (all places of 500+ people) with Latin-script alternate names;
 *       codes (all-caps names of up to 4 letters, such as airport codes) and non-Latin scripts are
 *       dropped to keep the resource small and the matches honest;
 *   <li>first-order regions ({@code admin1.json}), placed at the population-weighted mean of their places;
 *   <li>countries at the area centroid of their largest outline (Natural Earth 1:50m), which is where
 *       gold geoparsing data puts a country, with names from the JDK's English locale data,
 *       openeventdata's CountryInfo, and a short hand-made alias list;
 *   <li>nationality adjectives ("Syrian" → SY) from CountryInfo, as country context.
 * </ul>
 *
 * Run by maintainers ({@code storyline data gazetteer}); the output is committed. Deterministic:
 * the same inputs give the same bytes (rows sorted, gzip timestamp zero).
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
    Map<String, String> admin1Names = readAdmin1(in.geonamesDir().resolve("admin1.json"));
    Map<String, List<String>> aliases = readAliases();

    List<String> placeRows = new ArrayList<>();
    Map<String, double[]> regionSums = new HashMap<>(); // code -> {sum lat*w, sum lon*w, sum w, population}
    Map<String, Long> countryPopulation = new HashMap<>();
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
        Set<String> alternates = new LinkedHashSet<>();
        for (String alt : (f[2] + "," + f[3]).split(",")) {
          String a = alt.strip();
          if (a.length() >= 2 && a.length() <= 60 && LATIN.matcher(a).matches() && !CODE.matcher(a).matches()
              && !a.equals(f[1])) {
            alternates.add(a);
          }
        }
        placeRows.add(String.join("\t", "P", f[0], f[1], coord(lat), coord(lon), f[7], cc, f[10],
            Long.toString(population), String.join("|", alternates)));
        if (!f[10].isEmpty()) {
          double w = Math.max(population, 1);
          double[] s = regionSums.computeIfAbsent(cc + "." + f[10], k -> new double[4]);
          s[0] += lat * w;
          s[1] += lon * w;
          s[2] += w;
          s[3] += population;
        }
        countryPopulation.merge(cc, population, Long::sum);
      }
    }

    List<String> rows = new ArrayList<>();
    int countryCount = 0;
    int nationalityCount = 0;
    for (var e : new TreeMap<>(countries).entrySet()) {
      String cc = e.getKey();
      double[] c = centroids.get(cc);
      if (c == null) {
        continue; // no outline: a territory too small for the 1:50m map
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
      List<String> list = new ArrayList<>(names);
      rows.add(String.join("\t", "C", cc, list.get(0), coord(c[1]), coord(c[0]),
          Long.toString(countryPopulation.getOrDefault(cc, 0L)), String.join("|", list.subList(1, list.size()))));
      countryCount++;
      if (!info.nationalities().isEmpty()) {
        rows.add(String.join("\t", "N", cc, String.join("|", info.nationalities())));
        nationalityCount++;
      }
    }
    int regionCount = 0;
    for (var e : new TreeMap<>(admin1Names).entrySet()) {
      double[] s = regionSums.get(e.getKey());
      if (s == null) {
        continue; // a region with no listed place has no position we could give
      }
      rows.add(String.join("\t", "A", e.getKey(), e.getValue(), coord(s[0] / s[2]), coord(s[1] / s[2]),
          Long.toString((long) s[3])));
      regionCount++;
    }
    placeRows.sort(null);
    rows.addAll(placeRows);

    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream raw = Files.newOutputStream(output);
         GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
         PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
      w.println("# Storyline gazetteer. Places: GeoNames cities500 (https://www.geonames.org/), CC BY 4.0.");
      w.println("# Country centroids: Natural Earth 1:50m outlines via world-atlas. Country names, nationalities: openeventdata CountryInfo (MIT).");
      w.println("# Rows: C code name lat lon population aliases | N code nationalities | A code name lat lon population |");
      w.println("#       P geonameid name lat lon featurecode country admin1 population alternates (| separated)");
      for (String row : rows) {
        w.println(row);
      }
    }
    return new Summary(placeRows.size(), regionCount, countryCount, nationalityCount, Files.size(output));
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

  private static Map<String, String> readAdmin1(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (JsonNode n : JSON.readTree(file.toFile())) {
      out.put(n.get("code").asText(), n.get("name").asText());
    }
    return out;
  }

  /** Hand-made aliases for names news writes but the locale data lacks ("U.S.", "Britain"). */
  private static Map<String, List<String>> readAliases() throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = GazetteerCompiler.class.getResourceAsStream("country-aliases.tsv")) {
      if (in == null) {
        throw new IOException("resource country-aliases.tsv is missing from the build");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], List.of(f[1].split("\\|")));
      }
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
      if (best != null) {
        out.put(alpha2, new double[] {best[0], best[1]});
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
