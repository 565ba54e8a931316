package org.storyline.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Gold geoparsing corpora of Gritta et al.: TR-News ({@code <article docid>} with {@code <toponym>}s
 * carrying {@code <phrase>} and a GeoNames {@code <gaztag>}) and GeoWebNews ({@code <article file>}
 * with {@code <extractedName>}, a {@code <type>} and, for real toponyms, {@code <latitude>}/
 * {@code <longitude>}).
 *
 * <p>Offsets are repaired where the files' own are off: about 9% of TR-News spans sit up to ten
 * characters after their phrase (the text was cleaned after annotation). Such a span is moved to
 * the nearest occurrence of its phrase within {@link #REPAIR_WINDOW} characters.
 */
public final class GeoCorpus {
  /** How far (characters, either side) a gold span may be moved to the phrase it names. */
  static final int REPAIR_WINDOW = 20;

  /**
   * A gold mention.
   *
   * @param lat gold latitude, or NaN when the annotation has no coordinates (it is then neither
   *            scored for distance nor counted against a system that finds it)
   * @param geonameId GeoNames id, or null
   * @param type the annotation's type (GeoWebNews: Literal, Metonymic, Demonym, ...; TR-News: the feature code)
   */
  public record Toponym(int start, int end, String phrase, double lat, double lon, Long geonameId, String type) {
    public boolean located() {
      return !Double.isNaN(lat);
    }
  }

  /** A gold article; spans point into {@code text}. */
  public record GoldArticle(String id, String title, String url, String published, String text, List<Toponym> toponyms) {
    public GoldArticle {
      toponyms = List.copyOf(toponyms);
    }
  }

  /**
   * GeoWebNews annotation types that are not toponyms (expressions like "the city", homonyms like
   * "Paris Hilton"): a system that marks them as places is wrong.
   */
  private static final List<String> NOT_TOPONYMS = List.of("Non_Toponym", "Literal_Expression", "Non_Lit_Expression", "Homonym");

  private final String name;
  private final List<GoldArticle> articles;
  private final int repaired;

  private GeoCorpus(String name, List<GoldArticle> articles, int repaired) {
    this.name = name;
    this.articles = List.copyOf(articles);
    this.repaired = repaired;
  }

  public String name() {
    return name;
  }

  public List<GoldArticle> articles() {
    return articles;
  }

  /** How many gold spans were moved onto their phrase. */
  public int repairedSpans() {
    return repaired;
  }

  /** Reads either corpus; the format is told by its elements. */
  public static GeoCorpus read(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      xml = builder().parse(in);
    } catch (SAXException e) {
      throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
    }
    List<GoldArticle> out = new ArrayList<>();
    int[] repaired = {0};
    NodeList articles = xml.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = child(a, "text");
      if (text == null) {
        continue;
      }
      String id = a.hasAttribute("docid") ? a.getAttribute("docid") : a.getAttribute("file");
      String url = child(a, "url") != null ? child(a, "url").strip() : child(a, "link");
      List<Toponym> toponyms = new ArrayList<>();
      NodeList ts = a.getElementsByTagName("toponym");
      for (int k = 0; k < ts.getLength(); k++) {
        Toponym t = toponym((Element) ts.item(k), text, repaired);
        if (t != null) {
          toponyms.add(t);
        }
      }
      toponyms.sort((x, y) -> Integer.compare(x.start(), y.start()));
      out.add(new GoldArticle(id, strip(child(a, "title")), url, strip(child(a, "dltime")), text, toponyms));
    }
    return new GeoCorpus(file.getFileName().toString(), out, repaired[0]);
  }

  private static Toponym toponym(Element t, String text, int[] repaired) {
    String phrase = child(t, "phrase") != null ? child(t, "phrase") : child(t, "extractedName");
    String start = child(t, "start");
    String end = child(t, "end");
    if (phrase == null || start == null || end == null) {
      return null;
    }
    int s = Integer.parseInt(start.strip());
    int e = Integer.parseInt(end.strip());
    int fixed = repair(text, phrase, s);
    if (fixed < 0) {
      return null; // the phrase is nowhere near its offsets: the annotation cannot be placed
    }
    if (fixed != s) {
      repaired[0]++;
      e = fixed + phrase.length();
      s = fixed;
    }
    Element gaz = first(t, "gaztag");
    if (gaz != null) {
      Long id = gaz.hasAttribute("geonameid") && !gaz.getAttribute("geonameid").isBlank() ? Long.valueOf(gaz.getAttribute("geonameid")) : null;
      return new Toponym(s, e, phrase, number(child(gaz, "lat")), number(child(gaz, "lon")), id, strip(child(gaz, "fcode")));
    }
    String type = strip(child(t, "type"));
    if (type != null && NOT_TOPONYMS.contains(type)) {
      return new Toponym(s, e, phrase, Double.NaN, Double.NaN, null, "NOT:" + type);
    }
    String gid = strip(child(t, "geonamesID"));
    return new Toponym(s, e, phrase, number(child(t, "latitude")), number(child(t, "longitude")),
        gid == null || gid.isEmpty() ? null : Long.valueOf(gid), type);
  }

  /** The start of the phrase nearest to {@code s} within the window, or -1. */
  static int repair(String text, String phrase, int s) {
    if (s >= 0 && s + phrase.length() <= text.length() && text.startsWith(phrase, s)) {
      return s;
    }
    int best = -1;
    for (int d = 1; d <= REPAIR_WINDOW && best < 0; d++) {
      if (s - d >= 0 && text.startsWith(phrase, s - d)) {
        best = s - d;
      } else if (s + d >= 0 && text.startsWith(phrase, s + d)) {
        best = s + d;
      }
    }
    return best;
  }

  private static DocumentBuilder builder() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no secure XML parser available", e);
    }
  }

  private static Element first(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private static String child(Element parent, String tag) {
    Element e = first(parent, tag);
    return e == null ? null : e.getTextContent();
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static double number(String s) {
    return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.strip());
  }
}
