package org.storyline.annotate.places;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Name keys to entry ids, as sorted UTF-8 keys in one byte array with their postings, searched by
 * binary search. Chosen over a hash map of strings because it loads as a few array reads (no
 * per-key objects: 600,000 keys would cost seconds to hash and ~80 MB to hold) and still answers
 * millions of lookups a second. Immutable.
 */
final class KeyTable {
  private final byte[] blob;
  private final int[] offsets; // key i is blob[offsets[i], offsets[i + 1])
  private final int[] postingStart; // ids of key i are postings[postingStart[i], postingStart[i + 1])
  private final int[] postings;

  /** Open-addressing hash of key index + 1 (0 empty), built on load: a probe or two instead of a 20-step search. */
  private final int[] slots;

  private KeyTable(byte[] blob, int[] offsets, int[] postingStart, int[] postings) {
    this.blob = blob;
    this.offsets = offsets;
    this.postingStart = postingStart;
    this.postings = postings;
    this.slots = new int[Integer.highestOneBit(Math.max(2, size() * 2) - 1) << 1];
    int mask = slots.length - 1;
    for (int i = 0; i < size(); i++) {
      int h = 0x811c9dc5;
      for (int b = offsets[i]; b < offsets[i + 1]; b++) {
        h = (h ^ (blob[b] & 0xff)) * 0x01000193;
      }
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  static KeyTable of(Map<String, int[]> map) {
    byte[][] keys = new byte[map.size()][];
    int[][] ids = new int[map.size()][];
    int i = 0;
    for (var e : map.entrySet()) {
      keys[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
      ids[i++] = e.getValue();
    }
    Integer[] order = new Integer[keys.length];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keys[a], keys[b]));
    int bytes = 0;
    int count = 0;
    for (int k = 0; k < keys.length; k++) {
      bytes += keys[k].length;
      count += ids[k].length;
    }
    byte[] blob = new byte[bytes];
    int[] offsets = new int[keys.length + 1];
    int[] postingStart = new int[keys.length + 1];
    int[] postings = new int[count];
    int b = 0;
    int p = 0;
    for (int k = 0; k < order.length; k++) {
      byte[] key = keys[order[k]];
      offsets[k] = b;
      System.arraycopy(key, 0, blob, b, key.length);
      b += key.length;
      postingStart[k] = p;
      for (int id : ids[order[k]]) {
        postings[p++] = id;
      }
    }
    offsets[keys.length] = b;
    postingStart[keys.length] = p;
    return new KeyTable(blob, offsets, postingStart, postings);
  }

  int size() {
    return offsets.length - 1;
  }

  /** The ids under this key, or null. */
  int[] get(String key) {
    int i = find(key);
    return i < 0 ? null : Arrays.copyOfRange(postings, postingStart[i], postingStart[i + 1]);
  }

  boolean contains(String key) {
    return find(key) >= 0;
  }

  private int find(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 0x80) {
        return find(key.getBytes(StandardCharsets.UTF_8));
      }
    }
    return findAscii(key); // nearly every key: hashed and compared char by char, without encoding it
  }

  /** FNV-1a over the key's bytes, which for ASCII are its chars: the hash the slots were built with. */
  private int findAscii(String key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x01000193;
    }
    int mask = slots.length - 1;
    for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int k = slots[slot] - 1;
      if (compareAscii(offsets[k], offsets[k + 1], key) == 0) {
        return k;
      }
    }
    return -1;
  }

  /** Unsigned byte order of blob[from, to) against an ASCII key: the order the table is sorted in. */
  private int compareAscii(int from, int to, String key) {
    int n = Math.min(to - from, key.length());
    for (int i = 0; i < n; i++) {
      int d = (blob[from + i] & 0xff) - key.charAt(i);
      if (d != 0) {
        return d;
      }
    }
    return (to - from) - key.length();
  }

  private int find(byte[] key) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(blob, offsets[mid], offsets[mid + 1], key, 0, key.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Every key with its ids, in key order (decodes each key: for building derived indexes only). */
  void forEach(BiConsumer<String, int[]> action) {
    for (int i = 0; i < size(); i++) {
      action.accept(new String(blob, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8),
          Arrays.copyOfRange(postings, postingStart[i], postingStart[i + 1]));
    }
  }

  /** Keys as one block, then key lengths and posting counts as varints (mostly one byte each), then the ids. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(size());
    out.writeInt(blob.length);
    out.write(blob);
    java.io.ByteArrayOutputStream lengths = new java.io.ByteArrayOutputStream(size() * 2);
    for (int i = 0; i < size(); i++) {
      varint(lengths, offsets[i + 1] - offsets[i]);
      varint(lengths, postingStart[i + 1] - postingStart[i]);
    }
    out.writeInt(lengths.size());
    lengths.writeTo(out);
    writeInts(out, postings);
  }

  static KeyTable read(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] blob = new byte[in.readInt()];
    in.readFully(blob);
    byte[] lengths = new byte[in.readInt()];
    in.readFully(lengths);
    int[] offsets = new int[n + 1];
    int[] postingStart = new int[n + 1];
    int[] at = {0};
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + varint(lengths, at);
      postingStart[i + 1] = postingStart[i] + varint(lengths, at);
    }
    return new KeyTable(blob, offsets, postingStart, readInts(in));
  }

  private static void varint(java.io.ByteArrayOutputStream out, int v) {
    while (v >= 0x80) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static int varint(byte[] in, int[] at) {
    int v = 0;
    int shift = 0;
    int b;
    do {
      b = in[at[0]++] & 0xff;
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b >= 0x80);
    return v;
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
    buffer.asIntBuffer().put(values);
    out.writeInt(values.length);
    out.write(buffer.array());
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] bytes = new byte[n * 4];
    in.readFully(bytes);
    int[] values = new int[n];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }
}
