package org.storyline.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text's MinHash signature: for each of {@code minima.length} hash functions, the least hash of the
 * text's word shingles; and how many distinct shingles the text has. Two signatures agree in a slot
 * with probability equal to the Jaccard similarity of the two shingle sets.
 *
 * @param minima   one minimum per hash function (low 32 bits of a 64-bit hash)
 * @param shingles distinct shingles of the text
 */
public record TextSignature(int[] minima, int shingles) {

  public TextSignature {
    minima = minima.clone();
    if (shingles < 1) {
      throw new IllegalArgumentException("shingles must be at least 1, was " + shingles);
    }
  }

  @Override
  public int[] minima() {
    return minima.clone();
  }

  /** Estimated Jaccard similarity: the share of slots in which both signatures agree. */
  public double jaccard(TextSignature other) {
    if (other.minima.length != minima.length) {
      throw new IllegalArgumentException("signatures of " + minima.length + " and " + other.minima.length + " hashes");
    }
    int same = 0;
    for (int i = 0; i < minima.length; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return (double) same / minima.length;
  }

  /**
   * Estimated overlap coefficient, |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one
   * contains. Unlike Jaccard it stays high when a copy trims or adds paragraphs. From Jaccard J and
   * the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
   */
  public double overlap(TextSignature other) {
    double j = jaccard(other);
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1, common / Math.min(shingles, other.shingles));
  }

  /** The LSH band keys: "m" + band + ":" + the band's rows hashed, one per band of {@code rows} slots. */
  public List<String> bandKeys(int rows) {
    List<String> keys = new ArrayList<>(minima.length / rows);
    for (int b = 0; b + rows <= minima.length; b += rows) {
      keys.add("m" + (b / rows) + ":" + Long.toHexString(bandHash(b, rows)));
    }
    return keys;
  }

  long bandHash(int from, int rows) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + rows; i++) {
      h = MinHasher.mix(h ^ (minima[i] & 0xffffffffL));
    }
    return h;
  }

  /** The signature as bytes: shingle count, then each minimum, big-endian. */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * minima.length);
    b.putInt(shingles);
    for (int m : minima) {
      b.putInt(m);
    }
    return b.array();
  }

  public static TextSignature fromBytes(byte[] bytes, int offset, int length) {
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    int shingles = b.getInt();
    int[] minima = new int[(length - 4) / 4];
    for (int i = 0; i < minima.length; i++) {
      minima[i] = b.getInt();
    }
    return new TextSignature(minima, shingles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSignature t && t.shingles == shingles && Arrays.equals(t.minima, minima);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minima) + shingles;
  }

  @Override
  public String toString() {
    return "TextSignature[" + minima.length + " hashes, " + shingles + " shingles]";
  }
}
