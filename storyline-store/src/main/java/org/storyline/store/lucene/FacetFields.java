package org.storyline.store.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.store.Facet;
import org.storyline.store.FacetCount;
import org.storyline.store.FacetedHits.FacetValues;
import org.storyline.store.Filter;

/**
 * The filterable and countable fields of articles and events: one {@link KeywordField} per facet
 * value (an exact term to filter by plus a sorted-set doc value to count by) and the day as a
 * point for date ranges.
 *
 * <p>Counting uses Lucene's facet module ({@link StringValueFacetCounts}) over those plain doc
 * values rather than a taxonomy index or {@code FacetsConfig}-encoded fields: the values are flat
 * strings, the store stays one index with one commit (the checkpoint's atomicity depends on that),
 * and the fields double as filter terms. Counts are drill-down counts (over the filtered hits).
 */
final class FacetFields {
  static final String TYPE = "f_type";
  static final String COUNTRY = "f_country";
  static final String OUTLET = "f_outlet";
  static final String ENTITY = "f_entity";
  /** Epoch day: articles' publication day (UTC), events' event date. */
  static final String DAY = "f_day";
  static final String TOPIC = "f_topic";

  private FacetFields() {}

  static String field(Facet facet) {
    return switch (facet) {
      case EVENT_TYPE -> TYPE;
      case COUNTRY -> COUNTRY;
      case OUTLET -> OUTLET;
      case ENTITY -> ENTITY;
    };
  }

  static void addArticle(Document d, StoredArticle a) {
    var article = a.annotated().article();
    var annotations = a.annotated().annotations();
    Set<String> types = new LinkedHashSet<>();
    for (EventMention m : annotations.events()) {
      types.add(m.type());
    }
    Set<String> countries = new LinkedHashSet<>();
    for (Place p : annotations.places()) {
      countries.add(p.country());
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : annotations.entities()) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        names.add(e.canonical());
      }
    }
    keywords(d, TYPE, types);
    keywords(d, COUNTRY, countries);
    keywords(d, OUTLET, article.source() == null ? List.of() : List.of(article.source()));
    keywords(d, ENTITY, names);
    if (article.published() != null) {
      d.add(new LongPoint(DAY, article.published().toLocalDate().toEpochDay()));
    }
  }

  static void addEvent(Document d, Event e) {
    keywords(d, TYPE, e.subEventType() == null ? List.of() : List.of(e.subEventType()));
    keywords(d, COUNTRY, e.country() == null ? List.of() : List.of(e.country()));
    keywords(d, OUTLET, e.sources());
    List<String> actors = new ArrayList<>();
    if (e.actor1() != null) {
      actors.add(e.actor1());
    }
    if (e.actor2() != null) {
      actors.add(e.actor2());
    }
    keywords(d, ENTITY, actors);
    Long day = epochDay(e.eventDate());
    if (day != null) {
      d.add(new LongPoint(DAY, day));
    }
  }

  static void addTopic(Document d, String topic) {
    if (topic != null) {
      d.add(new KeywordField(TOPIC, topic, Field.Store.NO));
    }
  }

  private static void keywords(Document d, String field, Iterable<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && seen.add(v)) {
        d.add(new KeywordField(field, v, Field.Store.NO));
      }
    }
  }

  /** The day an ISO date ("2016-09-04") or month ("2016-09", its first day) stands for, or null. */
  static Long epochDay(String isoDate) {
    if (isoDate == null) {
      return null;
    }
    try {
      return LocalDate.parse(isoDate.length() == 7 ? isoDate + "-01" : isoDate).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The filter's clauses added to {@code q} as FILTER clauses (they do not change scores). */
  static void addTo(BooleanQuery.Builder q, Filter f) {
    anyOf(q, TYPE, f.eventTypes());
    anyOf(q, COUNTRY, f.countries());
    anyOf(q, OUTLET, f.outlets());
    anyOf(q, ENTITY, f.entities());
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      q.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
  }

  private static void anyOf(BooleanQuery.Builder q, String field, List<String> values) {
    if (values.size() == 1) {
      q.add(new TermQuery(new Term(field, values.getFirst())), BooleanClause.Occur.FILTER);
    } else if (!values.isEmpty()) {
      q.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
  }

  static Query topic(String topic) {
    return new TermQuery(new Term(TOPIC, topic));
  }

  /**
   * Per-reader state of the facet fields. {@link StringDocValuesReaderState} builds an ordinal map
   * across segments, which costs a pass over the terms; one is kept per reader, so it is rebuilt
   * only when a refresh brings a new reader.
   */
  static final class Counter {
    private record Cached(IndexReader reader, List<StringDocValuesReaderState> states) {}

    private volatile Cached cached;

    /** The top values of one dimension among the hits. */
    FacetValues count(IndexReader reader, FacetsCollector hits, Facet facet, int top) throws IOException {
      List<FacetCount> values = new ArrayList<>();
      StringDocValuesReaderState state = states(reader).get(facet.ordinal());
      if (state != null && top > 0) {
        FacetResult r = new StringValueFacetCounts(state, hits).getTopChildren(top, field(facet));
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      return new FacetValues(facet, values);
    }

    private List<StringDocValuesReaderState> states(IndexReader reader) throws IOException {
      Cached c = cached;
      if (c != null && c.reader() == reader) {
        return c.states();
      }
      List<StringDocValuesReaderState> states = new ArrayList<>();
      for (Facet f : Facet.values()) {
        states.add(hasField(reader, field(f)) ? new StringDocValuesReaderState(reader, field(f)) : null);
      }
      cached = new Cached(reader, states);
      return states;
    }

    /** A store written before facets existed has no such field; it counts nothing rather than failing. */
    private static boolean hasField(IndexReader reader, String field) {
      return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(field) != null);
    }
  }
}
