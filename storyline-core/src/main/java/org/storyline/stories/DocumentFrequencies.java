package org.storyline.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * In how many recent articles each term occurs, counted online, for inverse document frequency.
 * "Recent" is two generations of {@code generation} articles: when the current one is full it
 * becomes the previous one and the oldest is dropped, so memory holds the vocabulary of at most
 * 2 × {@code generation} articles however long the stream runs, and weights follow what the news
 * is about now (a name everybody wrote about last year is news again today). Hand-written: no
 * library keeps windowed document frequencies for an online stream.
 */
final class DocumentFrequencies {
  private final int generation;
  private long documents;
  private long currentDocuments;
  private HashMap<String, Integer> current = new HashMap<>();
  private long previousDocuments;
  private HashMap<String, Integer> previous = new HashMap<>();

  DocumentFrequencies(int generation) {
    this.generation = generation;
  }

  /** Counts one article's distinct terms. */
  void add(Iterable<String> distinctTerms) {
    if (currentDocuments == generation) {
      previous = current;
      previousDocuments = currentDocuments;
      current = new HashMap<>(Math.max(16, previous.size()));
      currentDocuments = 0;
    }
    documents++;
    currentDocuments++;
    for (String t : distinctTerms) {
      current.merge(t, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency, {@code ln((N + 1) / (df + 1)) + 1}, over the two generations. */
  double idf(String term) {
    long n = currentDocuments + previousDocuments;
    int df = current.getOrDefault(term, 0) + previous.getOrDefault(term, 0);
    return Math.log((n + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Articles counted since the start (not only the two generations). */
  long documents() {
    return documents;
  }

  /** Terms counted in the two generations (a term in both counts twice). */
  int sizes() {
    return current.size() + previous.size();
  }

  StoryClusterer.TermCounts snapshot() {
    return new StoryClusterer.TermCounts(documents, currentDocuments, Map.copyOf(current), previousDocuments, Map.copyOf(previous));
  }

  void restore(StoryClusterer.TermCounts s) {
    documents = s.documents();
    currentDocuments = s.currentDocuments();
    current = new HashMap<>(s.current());
    previousDocuments = s.previousDocuments();
    previous = new HashMap<>(s.previous());
  }
}
