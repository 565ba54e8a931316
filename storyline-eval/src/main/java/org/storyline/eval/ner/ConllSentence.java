package org.storyline.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CoNLL-2003 sentence: tokens and their BIO tags (PER, ORG, LOC, MISC), rendered as text (tokens
 * joined by single spaces) with the gold entities as character spans of that text.
 */
record ConllSentence(List<String> tokens, List<String> tags) {

  /** Reads {@code TOKEN ... TAG} lines, a blank line between sentences; "-DOCSTART-" lines are skipped. */
  static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
          tokens.clear();
          tags.clear();
        }
        continue;
      }
      String[] f = line.split("\\s+");
      tokens.add(f[0]);
      tags.add(f[f.length - 1]);
    }
    if (!tokens.isEmpty()) {
      out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
    }
    return out;
  }

  String text() {
    return String.join(" ", tokens);
  }

  /** Gold entities as "start:end:TYPE" over {@link #text()}. */
  Set<String> goldSpans() {
    Set<String> spans = new HashSet<>();
    int offset = 0;
    int start = -1;
    String type = null;
    int[] starts = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = offset;
      offset += tokens.get(i).length() + 1;
    }
    starts[tokens.size()] = offset;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = tag.startsWith("B-") || (t != null && !t.equals(type));
      if (type != null && (t == null || begins)) {
        spans.add(starts[start] + ":" + (starts[i] - 1) + ":" + type);
        type = null;
      }
      if (t != null && type == null) {
        start = i;
        type = t;
      }
    }
    return spans;
  }
}
