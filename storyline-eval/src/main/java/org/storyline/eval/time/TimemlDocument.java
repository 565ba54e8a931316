package org.storyline.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.storyline.model.TimeExpression;

/**
 * One TimeML document (TimeBank 1.2 as TempEval-3 distributes it): the text of its {@code TEXT}
 * element with the markup removed, its creation time ({@code DCT}) and the gold {@code TIMEX3}s,
 * as offsets into that text.
 *
 * @param heldOut in the held-out quarter of the corpus (by a hash of the file name, see {@link #heldOut(String)}):
 *                rules are studied on the rest, the development part, only
 */
public record TimemlDocument(String id, String text, LocalDate dct, List<TimeExpression> gold, boolean heldOut) {

  /** A stable split: about one file in four, chosen by the CRC-32 of its name, is held out. */
  public static boolean heldOut(String fileName) {
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 4 == 0;
  }

  /** Every {@code .tml} file of a folder, in file-name order. */
  public static List<TimemlDocument> readAll(Path dir) throws IOException {
    List<TimemlDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList()) {
        docs.add(read(f));
      }
    }
    return List.copyOf(docs);
  }

  public static TimemlDocument read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      List<TimeExpression> gold = new ArrayList<>();
      LocalDate dct = null;
      boolean inText = false;
      boolean inDct = false;
      int timexStart = -1;
      String type = null;
      String value = null;
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "TEXT" -> inText = true;
            case "DCT" -> inDct = true;
            case "TIMEX3" -> {
              if (inDct) {
                dct = LocalDate.parse(x.getAttributeValue(null, "value").substring(0, 10));
              } else if (inText) {
                timexStart = text.length();
                type = x.getAttributeValue(null, "type");
                value = x.getAttributeValue(null, "value");
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "TEXT" -> inText = false;
            case "DCT" -> inDct = false;
            case "TIMEX3" -> {
              if (inText && timexStart >= 0) {
                gold.add(new TimeExpression(timexStart, text.length(), text.substring(timexStart), type, value));
                timexStart = -1;
              }
            }
            default -> { }
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE)) {
          text.append(x.getText());
        }
      }
      if (dct == null) {
        throw new IOException(file + ": no DCT");
      }
      return new TimemlDocument(name.substring(0, name.length() - 4), text.toString(), dct, List.copyOf(gold), heldOut(name));
    } catch (XMLStreamException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Tokens as whitespace-separated words, for speed figures. */
  public int words() {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
