package org.storyline.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.EventType;
import org.storyline.model.Place;
import org.storyline.model.StableId;

/**
 * Merges event mentions from article after article into one {@link Event} per real-world event. A
 * mention joins an event of the same type whose date is within {@link Settings#dateTolerance()} days
 * and whose place is the same (same GeoNames id, or same name and country); a mention with no place
 * joins only an event that shares an actor. Fatalities and injuries are the maximum reported (the
 * usual reading of "at least" figures). Not thread-safe: a sequential operator whose state, the
 * events within {@link Settings#windowDays()} of the newest date seen, is checkpointed with the store.
 */
public final class EventMerger {

  /**
   * @param dateTolerance days two reports of one event may differ on its date
   * @param windowDays    days of events kept as merge candidates, counted back from the newest date
   */
  public record Settings(int dateTolerance, int windowDays) implements Serializable {
    public static final Settings DEFAULTS = new Settings(1, 30);

    public Settings {
      if (dateTolerance < 0) {
        throw new IllegalArgumentException("dateTolerance must be at least 0, was " + dateTolerance);
      }
      if (windowDays < dateTolerance) {
        throw new IllegalArgumentException("windowDays must be at least dateTolerance, was " + windowDays);
      }
    }
  }

  /** The events still open to merging, with the GeoNames id of their place (not an export column). */
  public record State(List<OpenEvent> events, String newestDate) {
    public static final State EMPTY = new State(List.of(), null);
  }

  /** An event that later mentions may still join. */
  public record OpenEvent(Event event, Long geonameId) {}

  private final Settings settings;
  private final LinkedHashMap<String, OpenEvent> open = new LinkedHashMap<>();
  private LocalDate newest;

  public EventMerger(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Merges one article's mentions.
   *
   * @return the events they created or changed, in mention order, one per distinct event
   */
  public List<Event> merge(String articleId, String outlet, List<EventMention> mentions) {
    LinkedHashMap<String, Event> touched = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      LocalDate date = parse(m.date());
      if (date != null && (newest == null || date.isAfter(newest))) {
        newest = date;
      }
      OpenEvent match = find(m, date);
      OpenEvent merged = match == null ? create(articleId, outlet, m) : join(match, articleId, outlet, m);
      open.put(merged.event().eventId(), merged);
      touched.put(merged.event().eventId(), merged.event());
    }
    if (newest != null) {
      LocalDate horizon = newest.minusDays(settings.windowDays());
      open.values().removeIf(e -> {
        LocalDate d = parse(e.event().eventDate());
        return d != null && d.isBefore(horizon);
      });
    }
    return List.copyOf(touched.values());
  }

  private OpenEvent find(EventMention m, LocalDate date) {
    for (OpenEvent e : open.values()) {
      Event ev = e.event();
      if (!ev.subEventType().equals(m.type())) {
        continue;
      }
      LocalDate d = parse(ev.eventDate());
      boolean dateOk = date == null || d == null || Math.abs(d.toEpochDay() - date.toEpochDay()) <= settings.dateTolerance();
      if (dateOk && samePlace(e, m.place(), m.actors())) {
        return e;
      }
    }
    return null;
  }

  private static boolean samePlace(OpenEvent e, Place p, List<String> actors) {
    if (p == null || e.event().location() == null) {
      Set<String> theirs = new LinkedHashSet<>();
      if (e.event().actor1() != null) {
        theirs.add(e.event().actor1());
      }
      if (e.event().actor2() != null) {
        theirs.add(e.event().actor2());
      }
      return p == null && e.event().location() == null && actors.stream().anyMatch(theirs::contains);
    }
    if (p.geonameId() != null && e.geonameId() != null) {
      return p.geonameId().equals(e.geonameId());
    }
    return p.name().equals(e.event().location()) && Objects.equals(p.country(), e.event().country());
  }

  private static OpenEvent create(String articleId, String outlet, EventMention m) {
    EventType type = EventType.ofCode(m.type()).orElse(EventType.OTHER);
    Place p = m.place();
    Event e = new Event(
        id(articleId, m),
        m.date(),
        type.parent(),
        m.type(),
        m.actors().isEmpty() ? null : m.actors().get(0),
        m.actors().size() < 2 ? null : m.actors().get(1),
        p == null ? null : p.name(),
        p == null ? null : p.lat(),
        p == null ? null : p.lon(),
        p == null ? null : p.country(),
        m.killed(),
        m.injured(),
        List.of(articleId),
        outlet == null ? List.of() : List.of(outlet),
        m.sentence());
    return new OpenEvent(e, p == null ? null : p.geonameId());
  }

  private static OpenEvent join(OpenEvent open, String articleId, String outlet, EventMention m) {
    Event e = open.event();
    List<String> articles = new ArrayList<>(e.sourceArticles());
    if (!articles.contains(articleId)) {
      articles.add(articleId);
    }
    List<String> sources = new ArrayList<>(e.sources());
    if (outlet != null && !sources.contains(outlet)) {
      sources.add(outlet);
    }
    String actor1 = e.actor1() != null ? e.actor1() : (m.actors().isEmpty() ? null : m.actors().get(0));
    String actor2 = e.actor2();
    if (actor2 == null) {
      actor2 = m.actors().stream().filter(a -> !a.equals(actor1)).findFirst().orElse(null);
    }
    Event merged = new Event(e.eventId(), e.eventDate(), e.eventType(), e.subEventType(), actor1, actor2,
        e.location(), e.latitude(), e.longitude(), e.country(), max(e.fatalities(), m.killed()),
        max(e.injured(), m.injured()), articles, sources, e.notes());
    return new OpenEvent(merged, open.geonameId());
  }

  private static Long max(Long a, Long b) {
    return a == null ? b : (b == null ? a : Long.valueOf(Math.max(a, b)));
  }

  /** A stable id from the first reporting article, the trigger position and the type. */
  private static String id(String articleId, EventMention m) {
    return StableId.derive("e-", articleId + "|" + m.start() + "|" + m.type());
  }

  private static LocalDate parse(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date.length() == 7 ? date + "-01" : date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public State snapshot() {
    return new State(List.copyOf(open.values()), newest == null ? null : newest.toString());
  }

  public void restore(State state) {
    open.clear();
    state.events().forEach(e -> open.put(e.event().eventId(), e));
    newest = state.newestDate() == null ? null : LocalDate.parse(state.newestDate());
  }
}
