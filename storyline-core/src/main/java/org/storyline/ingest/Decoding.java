package org.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text for files, HTTP bodies and WARC records: binary sniffing, then the encoding of the
 * HTML standard's sniffing order (BOM, transport charset, {@code <meta>} in the first 1024 bytes,
 * UTF-8 when valid, else windows-1252). A declared charset that the bytes contradict (a page that
 * says ISO-8859-1 but is valid UTF-8 with multi-byte sequences) loses to UTF-8.
 *
 * <p>By hand because jsoup only detects charsets while building a DOM, and a plain-text file or a
 * JSON body needs the same answer without one.
 */
final class Decoding {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Decoding() {}

  /** Why these bytes are not text, or empty when they look like text. */
  static Optional<String> whyNotText(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of("empty file");
    }
    Charset bom = bomCharset(bytes);
    if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
      return Optional.empty(); // UTF-16 text is full of NUL bytes
    }
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return Optional.of("binary content (NUL bytes), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    if (control * 20 > sample) {
      return Optional.of("binary content (" + (control * 100 / sample) + "% control bytes), not text");
    }
    return Optional.empty();
  }

  /** Decodes an HTML document, honouring {@code declared} (from HTTP headers) unless the bytes contradict it. */
  static String html(byte[] bytes, String declared) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return strip(bom, bytes);
    }
    Charset charset = charset(declared);
    if (charset == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      charset = m.find() ? charset(m.group(1)) : null;
    }
    return decode(bytes, charset);
  }

  /** Decodes plain text or JSON: BOM, else UTF-8 when valid, else windows-1252. */
  static String text(byte[] bytes) {
    Charset bom = bomCharset(bytes);
    return bom != null ? strip(bom, bytes) : decode(bytes, null);
  }

  private static String decode(byte[] bytes, Charset declared) {
    Optional<String> utf8 = strictUtf8(bytes);
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return utf8.orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    // decode-only charsets (iso-2022-cn, x-JISAutoDetect) have no encoder to ask
    boolean singleByteDeclared = declared.canEncode() && declared.newEncoder().maxBytesPerChar() == 1.0f;
    if (singleByteDeclared && utf8.isPresent() && hasMultiByteSequence(bytes)) {
      return utf8.get(); // the declaration lies: valid multi-byte UTF-8 is not a coincidence
    }
    // ISO-8859-1 is labelled by many pages that are really windows-1252 (the HTML standard maps it so).
    return new String(bytes, declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMultiByteSequence(byte[] bytes) {
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        return true;
      }
    }
    return false;
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strip(Charset bom, byte[] bytes) {
    int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    return new String(bytes, skip, bytes.length - skip, bom);
  }
}
