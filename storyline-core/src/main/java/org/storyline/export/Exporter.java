package org.storyline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.storyline.json.ContractJson;
import org.storyline.model.Event;
import org.storyline.store.StoreReader;

/**
 * Writes what a store holds in the formats of INTERFACES.md: articles and stories as JSONL; events
 * as CSV (ACLED-like columns), JSONL or GeoJSON (events without coordinates are left out of GeoJSON,
 * which cannot place them, and counted).
 */
public final class Exporter {
  /** What to export. */
  public enum What { ARTICLES, STORIES, EVENTS }

  /** How to write it. */
  public enum Format { JSONL, CSV, GEOJSON }

  private static final ObjectMapper JSON = ContractJson.mapper();

  private Exporter() {}

  /** Whether {@code what} can be written as {@code format}. */
  public static boolean supports(What what, Format format) {
    return what == What.EVENTS || format == Format.JSONL;
  }

  /**
   * Writes everything of one kind; returns the number of records written.
   *
   * @throws IllegalArgumentException when the combination is not supported
   */
  public static long export(StoreReader store, What what, Format format, OutputStream out) throws IOException {
    if (!supports(what, format)) {
      throw new IllegalArgumentException(what.name().toLowerCase(Locale.ROOT) + " can only be exported as jsonl");
    }
    long[] n = {0};
    try {
      switch (what) {
        case ARTICLES -> store.scanArticles(a -> {
          line(out, ContractJson.storedArticle(a));
          n[0]++;
        });
        case STORIES -> store.scanStories(s -> {
          line(out, s);
          n[0]++;
        });
        case EVENTS -> n[0] = events(store, format, out);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return n[0];
  }

  private static long events(StoreReader store, Format format, OutputStream out) throws IOException {
    long[] n = {0};
    switch (format) {
      case JSONL -> store.scanEvents(e -> {
        line(out, e);
        n[0]++;
      });
      case CSV -> {
        CsvMapper csv = new CsvMapper();
        csv.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema schema = csv.schemaFor(EventRow.class).withHeader().withArrayElementSeparator(";");
        try (SequenceWriter w = csv.writer(schema).writeValues(out)) {
          store.scanEvents(e -> {
            try {
              w.write(EventRow.of(e));
              n[0]++;
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
        }
      }
      case GEOJSON -> {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeStringField("type", "FeatureCollection");
          g.writeArrayFieldStart("features");
          store.scanEvents(e -> {
            if (e.latitude() == null || e.longitude() == null) {
              return;
            }
            try {
              g.writeStartObject();
              g.writeStringField("type", "Feature");
              g.writeObjectFieldStart("geometry");
              g.writeStringField("type", "Point");
              g.writeArrayFieldStart("coordinates");
              g.writeNumber(e.longitude());
              g.writeNumber(e.latitude());
              g.writeEndArray();
              g.writeEndObject();
              g.writeFieldName("properties");
              JSON.writeValue(g, e);
              g.writeEndObject();
              n[0]++;
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
          g.writeEndArray();
          g.writeEndObject();
        }
        out.write('\n');
      }
    }
    return n[0];
  }

  private static void line(OutputStream out, Object value) {
    try {
      JSON.writeValue(new NonClosing(out), value);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson closes the stream it writes to; an export writes many values to one stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** An event as one CSV row: lists joined with ";". */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
    "latitude", "longitude", "country", "fatalities", "injured", "source_articles", "sources", "notes",
    "actor1_kind", "actor2_kind", "displaced", "fatalities_rule", "conflict", "first_seen"
  })
  @com.fasterxml.jackson.databind.annotation.JsonNaming(com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
  record EventRow(String eventId, String eventDate, String eventType, String subEventType, String actor1,
      String actor2, String location, Double latitude, Double longitude, String country, Long fatalities,
      Long injured, String sourceArticles, String sources, String notes, String actor1Kind, String actor2Kind,
      Long displaced, String fatalitiesRule, boolean conflict, String firstSeen) {
    static EventRow of(Event e) {
      return new EventRow(e.eventId(), e.eventDate(), e.eventType(), e.subEventType(), e.actor1(), e.actor2(),
          e.location(), e.latitude(), e.longitude(), e.country(), e.fatalities(), e.injured(),
          String.join(";", e.sourceArticles()), String.join(";", e.sources()), e.notes(), e.actor1Kind(), e.actor2Kind(),
          e.displaced(), e.fatalitiesRule(), e.conflict(), e.firstSeen());
    }
  }
}
