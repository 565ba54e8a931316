package org.storyline.dedup;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Text to {@link TextSignature}: the text normalised (Unicode NFKC, lower case, every run of
 * punctuation, quotes and whitespace one space, so quote styles and spacing do not matter), cut into
 * words, shingled into overlapping runs of {@link Settings#shingleWords()} words, each shingle hashed
 * to 64 bits and then by {@link Settings#hashes()} functions; each slot keeps its minimum.
 *
 * <p>Written by hand: the algorithm is forty lines, and the Java MinHash libraries there are
 * (java-LSH and kin) are unmaintained, seed hash functions from {@code java.util.Random}, and do not
 * promise the same signature across versions, which a signature stored in the index needs.
 * The hash functions here are fixed: {@code splitmix64(shingleHash ^ seed_i)}, seeds from a
 * splitmix64 sequence, so that a signature stored today matches one computed next year.
 */
public final class MinHasher {

  /**
   * @param hashes       hash functions (signature slots); a multiple of {@code bandRows}
   * @param bandRows     slots per LSH band
   * @param shingleWords words per shingle
   * @param minShingles  texts with fewer distinct shingles get no signature (too short to judge)
   */
  public record Settings(int hashes, int bandRows, int shingleWords, int minShingles) implements Serializable {
    /**
     * 128 hashes in 64 bands of 2: a pair sharing a third of its shingles becomes a candidate with
     * probability 1 - (1 - 0.33^2)^64 > 0.999; shingles of 3 words.
     */
    public static final Settings DEFAULTS = new Settings(128, 2, 3, 8);

    public Settings {
      if (hashes < 1 || hashes > 1024) {
        throw new IllegalArgumentException("dedup.hashes must be in 1..1024, was " + hashes);
      }
      if (bandRows < 1 || hashes % bandRows != 0) {
        throw new IllegalArgumentException("dedup.bandRows must divide dedup.hashes (" + hashes + "), was " + bandRows);
      }
      if (shingleWords < 1 || shingleWords > 16) {
        throw new IllegalArgumentException("dedup.shingleWords must be in 1..16, was " + shingleWords);
      }
      if (minShingles < 1) {
        throw new IllegalArgumentException("dedup.minShingles must be at least 1, was " + minShingles);
      }
    }
  }

  private final Settings settings;
  private final long[] seeds;

  public MinHasher(Settings settings) {
    this.settings = settings;
    this.seeds = new long[settings.hashes()];
    long s = 0x5DEECE66DL;
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
  }

  public Settings settings() {
    return settings;
  }

  /** The text's signature, or empty when it has fewer than {@link Settings#minShingles()} shingles. */
  public Optional<TextSignature> sign(String text) {
    long[] words = wordHashes(text);
    int k = settings.shingleWords();
    int count = Math.max(0, words.length - k + 1);
    if (words.length > 0 && count == 0) {
      count = 1; // a text shorter than one shingle is one shingle of all its words
    }
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x2545F4914F6CDD1DL;
      for (int j = i; j < Math.min(words.length, i + k); j++) {
        h = mix(h ^ words[j]);
      }
      shingles[i] = h;
    }
    java.util.Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    if (distinct < settings.minShingles()) {
      return Optional.empty();
    }
    int[] minima = new int[seeds.length];
    java.util.Arrays.fill(minima, Integer.MAX_VALUE);
    for (int i = 0; i < distinct; i++) {
      long sh = shingles[i];
      for (int f = 0; f < seeds.length; f++) {
        int h = (int) (mix(sh ^ seeds[f]) >>> 33); // non-negative, so signed comparison orders them
        if (h < minima[f]) {
          minima[f] = h;
        }
      }
    }
    return Optional.of(new TextSignature(minima, distinct));
  }

  /** Hashes of the normalised words of a text, in order. */
  static long[] wordHashes(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    long[] out = new long[Math.max(4, t.length() / 5)];
    int n = 0;
    long h = 0;
    int len = 0;
    for (int i = 0; i <= t.length(); i++) {
      int c = i < t.length() ? t.codePointAt(i) : ' ';
      if (c > 0xffff) {
        i++;
      }
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L; // FNV-1a over code points
        len++;
      } else if (len > 0) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = mix(h);
        h = 0;
        len = 0;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** splitmix64's finaliser: a fast 64-bit mix with full avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
