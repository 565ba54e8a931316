package org.storyline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, so that a given input always yields the same ids, on any machine. */
public final class StableId {
  private StableId() {}

  /** {@code prefix} + 12 hex digits (48 bits) of SHA-256 of {@code seed}. */
  public static String derive(String prefix, String seed) {
    return prefix + sha256Hex(seed, 6);
  }

  /** The first {@code bytes} bytes of the SHA-256 of the UTF-8 text, in lower-case hex. */
  public static String sha256Hex(String text, int bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
