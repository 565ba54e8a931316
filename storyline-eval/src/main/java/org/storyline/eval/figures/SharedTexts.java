package org.storyline.eval.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.storyline.json.ContractJson;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The texts the figures gold points into, read where they lie in the shared data: ECB+ articles
 * ({@code clusters/ecbplus-dev.jsonl}, field {@code text}) and CASE 2021 snippets
 * ({@code events/case2021-task2-dev.tsv}, column {@code EventSnippet}; tab separated, no quoting) and
 * TR-News articles ({@code geo/TR-News.xml}, element {@code text} of each {@code article} by {@code docid}).
 */
final class SharedTexts {
  static final String ECBPLUS = "clusters/ecbplus-dev.jsonl";
  static final String CASE2021 = "events/case2021-task2-dev.tsv";
  static final String TRNEWS = "geo/TR-News.xml";

  private final Map<String, String> ecbplus = new HashMap<>();
  private final Map<String, String> case2021 = new HashMap<>();
  private final Map<String, String> trnews = new HashMap<>();

  SharedTexts(Path data) throws IOException {
    ObjectMapper json = ContractJson.mapper();
    try (BufferedReader r = Files.newBufferedReader(data.resolve(ECBPLUS), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          ecbplus.put(n.get("id").asText(), n.get("text").asText());
        }
      }
    }
    List<String> rows = Files.readAllLines(data.resolve(CASE2021), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      if (cells.length >= 2) {
        case2021.put(cells[0], cells[1]);
      }
    }
    readTrNews(data.resolve(TRNEWS));
  }

  private void readTrNews(Path file) throws IOException {
    if (!Files.exists(file)) {
      return; // the gold names the document it lacks
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      NodeList articles = f.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("article");
      for (int i = 0; i < articles.getLength(); i++) {
        Element a = (Element) articles.item(i);
        NodeList text = a.getElementsByTagName("text");
        if (text.getLength() > 0) {
          trnews.put(a.getAttribute("docid"), text.item(0).getTextContent());
        }
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not readable as TR-News XML: " + e.getMessage(), e);
    }
  }

  /** The text of a gold document; throws when the shared data lacks it (the gold and data disagree). */
  String text(FigureGold.Doc doc) {
    String text = switch (doc.corpus()) {
      case "ecbplus" -> ecbplus.get(doc.id());
      case "case2021" -> case2021.get(doc.id());
      case "trnews" -> trnews.get(doc.id());
      default -> throw new IllegalArgumentException("gold document " + doc.id() + ": unknown corpus '" + doc.corpus()
          + "' (ecbplus, case2021 or trnews)");
    };
    if (text == null) {
      throw new IllegalStateException("gold document " + doc.corpus() + ":" + doc.id() + " is not in the shared data");
    }
    return text;
  }
}
