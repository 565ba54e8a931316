package org.storyline.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A near-duplicate test set generated from ECB+ articles, deterministically from a seed. Every
 * article is kept as an original: ECB+ puts several distinct articles about the same real event side
 * by side, and those must not count as copies of one another. Each article of at least
 * {@value #MIN_WORDS} words also gets five variants, each with its headline rewritten and:
 *
 * <ol>
 *   <li>quotes and spacing changed ("..." to “...”, ' to ’, doubled spaces, lines re-broken);
 *   <li>1-3 paragraphs dropped (at most a quarter of them; an article of fewer than four keeps all);
 *   <li>1-3 paragraphs added from an article of another topic (at most a third of the article's and
 *       of the donor's paragraphs, so the copy stays mostly the article and never contains the donor);
 *   <li>boilerplate prepended (share bars, cookie notices, bylines, navigation);
 *   <li>all of the above at once.
 * </ol>
 *
 * Shorter articles get none: a two-line brief edited this much is a different text. An item's text
 * is its headline, a blank line, then its paragraphs (one per line of the ECB+ text), as extracted
 * pages often begin with their headline.
 *
 * <p>ECB+ itself holds syndicated copies: the same wire report under two ids. Calling those
 * distinct would score a right answer wrong, so originals are first compared exactly (not by
 * MinHash: the overlap coefficient of their sets of word 3-grams, computed in full): at
 * {@value #SAME_TEXT} or more they are one cluster; between {@value #PARTIAL} and that, they share
 * whole passages without being one text, and a decision between the two clusters is not scored
 * either way ({@link #ambiguous}).
 */
public final class VariantSet {
  static final int MIN_WORDS = 50;
  static final double SAME_TEXT = 0.8;
  static final double PARTIAL = 0.3;
  private static final String[] BOILERPLATE = {
    "Share this article: Facebook Twitter WhatsApp Email",
    "We use cookies to improve your experience on our site. By continuing you agree to our cookie policy. Accept",
    "Home | News | World | Politics | Business | Sport | Entertainment",
    "By Staff Reporter, Updated 5 minutes ago",
    "Subscribe to our newsletter for the latest headlines delivered to your inbox every morning.",
    "Advertisement",
    "Sign in to comment. Read our community guidelines before posting.",
    "Follow us on social media for breaking news alerts"
  };
  private static final String[] HEADLINE_PREFIX = {"BREAKING: ", "UPDATE: ", "Report: ", "Watch: ", "Latest: ", ""};
  private static final String[] HEADLINE_SUFFIX = {" | World News", " - Local", " (Video)", " - report", ""};

  /** An ECB+ article: topic (two events each), event label, headline, paragraphs. */
  record Article(String id, int topic, String event, String title, List<String> paragraphs) {
    int words() {
      return paragraphs.stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum();
    }
  }

  /**
   * One text of the set.
   *
   * @param cluster the id of the original it was made from (its own id for an original)
   * @param kind    "original" or the variant's edits
   */
  public record Item(String id, String cluster, int topic, String kind, String text) {}

  /**
   * @param items     in the order they are checked
   * @param ambiguous cluster pairs ("a|b", a before b) of originals that share passages; not scored
   * @param merged    originals that joined another's cluster as the same text
   */
  public record Set(List<Item> items, java.util.Set<String> ambiguous, int merged) {
    public boolean isAmbiguous(String clusterA, String clusterB) {
      return ambiguous.contains(pair(clusterA, clusterB));
    }
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private VariantSet() {}

  /** Clusters of the originals: same text (exact 3-gram overlap >= SAME_TEXT) joins, union-find. */
  private static Map<String, String> clusters(List<Article> articles, java.util.Set<String> ambiguous) {
    Map<String, String> parent = new HashMap<>();
    Map<String, java.util.Set<String>> grams = new HashMap<>();
    for (Article a : articles) {
      parent.put(a.id(), a.id());
      grams.put(a.id(), trigrams(String.join("\n", a.paragraphs())));
    }
    List<String[]> partial = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Article a = articles.get(i);
        Article b = articles.get(j);
        java.util.Set<String> ga = grams.get(a.id());
        java.util.Set<String> gb = grams.get(b.id());
        if (a.topic() != b.topic() || ga.isEmpty() || gb.isEmpty()) {
          continue;
        }
        long common = ga.stream().filter(gb::contains).count();
        double overlap = (double) common / Math.min(ga.size(), gb.size());
        if (overlap >= SAME_TEXT) {
          parent.put(root(parent, b.id()), root(parent, a.id()));
        } else if (overlap >= PARTIAL) {
          partial.add(new String[] {a.id(), b.id()});
        }
      }
    }
    Map<String, String> cluster = new HashMap<>();
    for (Article a : articles) {
      cluster.put(a.id(), root(parent, a.id()));
    }
    for (String[] p : partial) {
      if (!cluster.get(p[0]).equals(cluster.get(p[1]))) {
        ambiguous.add(pair(cluster.get(p[0]), cluster.get(p[1])));
      }
    }
    return cluster;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static java.util.Set<String> trigrams(String text) {
    String[] w = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> words = new ArrayList<>();
    for (String x : w) {
      if (!x.isEmpty()) {
        words.add(x);
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
    }
    return out;
  }

  static List<Article> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        List<String> paragraphs = new ArrayList<>();
        for (String p : n.path("text").asText("").split("\n")) {
          if (!p.isBlank()) {
            paragraphs.add(p.strip());
          }
        }
        out.add(new Article(n.path("id").asText(), n.path("topic").asInt(), n.path("event").asText(),
            n.path("title").asText(""), paragraphs));
      }
    }
    return out;
  }

  /** The originals and their variants, shuffled with the same seed (the order they are checked in). */
  public static Set generate(Path jsonl, long seed) throws IOException {
    List<Article> articles = read(jsonl);
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    Map<String, String> cluster = clusters(articles, ambiguous);
    Random random = new Random(seed);
    List<Item> items = new ArrayList<>();
    for (Article a : articles) {
      items.add(new Item(a.id(), cluster.get(a.id()), a.topic(), "original", text(a.title(), a.paragraphs())));
    }
    for (Article a : articles) {
      if (a.words() < MIN_WORDS) {
        continue;
      }
      String c = cluster.get(a.id());
      items.add(variant(a, c, 1, "quotes+spacing", random, articles));
      items.add(variant(a, c, 2, "dropped", random, articles));
      items.add(variant(a, c, 3, "added", random, articles));
      items.add(variant(a, c, 4, "boilerplate", random, articles));
      items.add(variant(a, c, 5, "all", random, articles));
    }
    Collections.shuffle(items, random);
    int merged = (int) articles.stream().filter(a -> !cluster.get(a.id()).equals(a.id())).count();
    return new Set(List.copyOf(items), java.util.Set.copyOf(ambiguous), merged);
  }

  private static Item variant(Article a, String cluster, int n, String kind, Random random, List<Article> all) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    boolean every = kind.equals("all");
    if (every || kind.equals("dropped")) {
      drop(paragraphs, random);
    }
    if (every || kind.equals("added")) {
      add(paragraphs, a, random, all);
    }
    if (every || kind.equals("boilerplate")) {
      int lines = 1 + random.nextInt(3);
      for (int i = 0; i < lines; i++) {
        paragraphs.add(0, BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
      }
    }
    String text = text(headline(a.title(), random), paragraphs);
    if (every || kind.equals("quotes+spacing")) {
      text = requote(text, random);
    }
    return new Item(a.id() + "~v" + n, cluster, a.topic(), "headline+" + kind, text);
  }

  private static void drop(List<String> paragraphs, Random random) {
    int n = paragraphs.size();
    if (n < 4) {
      return;
    }
    int k = 1 + random.nextInt(Math.min(3, n / 4));
    for (int i = 0; i < k; i++) {
      paragraphs.remove(random.nextInt(paragraphs.size()));
    }
  }

  private static void add(List<String> paragraphs, Article a, Random random, List<Article> all) {
    int want = 1 + random.nextInt(3);
    for (int tries = 0; tries < 50; tries++) {
      Article donor = all.get(random.nextInt(all.size()));
      int k = Math.min(want, Math.min(Math.max(1, a.paragraphs().size() / 3), donor.paragraphs().size() / 3));
      if (donor.topic() == a.topic() || k < 1) {
        continue;
      }
      List<String> taken = new ArrayList<>(donor.paragraphs());
      Collections.shuffle(taken, random);
      for (String p : taken.subList(0, k)) {
        paragraphs.add(random.nextInt(paragraphs.size() + 1), p);
      }
      return;
    }
  }

  private static String headline(String title, Random random) {
    List<String> words = new ArrayList<>(List.of(title.strip().split("\\s+")));
    if (words.size() > 4 && random.nextBoolean()) {
      words.remove(random.nextInt(words.size())); // a word trimmed
      Collections.swap(words, 0, random.nextInt(words.size())); // and the order changed
    }
    return HEADLINE_PREFIX[random.nextInt(HEADLINE_PREFIX.length)] + String.join(" ", words)
        + HEADLINE_SUFFIX[random.nextInt(HEADLINE_SUFFIX.length)];
  }

  private static String requote(String text, Random random) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    boolean open = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        b.append(open ? '“' : '”');
        open = !open;
      } else if (c == '\'') {
        b.append('’');
      } else if (c == ' ' && random.nextInt(12) == 0) {
        b.append("  ");
      } else if (c == '\n' && random.nextInt(3) == 0) {
        b.append("\n\n");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String text(String title, List<String> paragraphs) {
    return title.strip() + "\n\n" + String.join("\n", paragraphs);
  }
}
