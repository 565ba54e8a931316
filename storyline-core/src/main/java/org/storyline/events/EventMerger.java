package org.storyline.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.model.Event;
import org.storyline.model.EventActor;
import org.storyline.model.EventMention;
import org.storyline.model.EventReport;
import org.storyline.model.EventType;
import org.storyline.model.Place;
import org.storyline.model.StableId;

/**
 * Merges event mentions from article after article into one {@link Event} per real-world event. A
 * mention joins the first open event (oldest first, so the outcome depends only on input order)
 * that has
 *
 * <ul>
 *   <li>the same type family (the ACLED parent type: an air strike and shelling reported of one
 *       attack are one event; battle types and the five types beyond ACLED are each their own);
 *   <li>a compatible date: within {@link Settings#dateTolerance()} days;
 *   <li>a compatible place: the same GeoNames id or name, within {@link Settings#placeKm()}, or
 *       one place being the country or region that holds the other (the more precise one is kept);
 *       a mention with no place joins only an event with no place;
 *   <li>overlapping actors: when both name actors, some name is shared (no actor on either side
 *       does not keep them apart).
 * </ul>
 *
 * The event keeps every report (article, outlet, sentence, figures) and the first-seen time;
 * fatalities, injuries and displacement are reconciled across reports by the rule named in
 * {@link Event#fatalitiesRule()}, and {@link Event#conflict()} flags outlets that disagree. Not
 * thread-safe: a sequential operator whose state, the events within {@link Settings#windowDays()}
 * of the newest date seen, is checkpointed with the store.
 */
public final class EventMerger {
  private static final Set<String> COARSE = Set.of("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "ADM2", "RGN");

  /**
   * @param dateTolerance days two reports of one event may differ on its date
   * @param windowDays    days of events kept as merge candidates, counted back from the newest date
   * @param placeKm       greatest distance, in kilometres, between two places named for one event
   */
  public record Settings(int dateTolerance, int windowDays, double placeKm) implements Serializable {
    public static final Settings DEFAULTS = new Settings(1, 30, 25);

    public Settings {
      if (dateTolerance < 0) {
        throw new IllegalArgumentException("dateTolerance must be at least 0, was " + dateTolerance);
      }
      if (windowDays < dateTolerance) {
        throw new IllegalArgumentException("windowDays must be at least dateTolerance, was " + windowDays);
      }
      if (!(placeKm >= 0)) {
        throw new IllegalArgumentException("placeKm must be at least 0, was " + placeKm);
      }
    }

    /** Settings of the first contract, with the default distance. */
    public Settings(int dateTolerance, int windowDays) {
      this(dateTolerance, windowDays, 25);
    }
  }

  /** The events still open to merging, with the GeoNames id of their place (not an export column). */
  public record State(List<OpenEvent> events, String newestDate) {
    public static final State EMPTY = new State(List.of(), null);
  }

  /**
   * An event that later mentions may still join.
   *
   * @param featureCode GeoNames feature code of its place, or null
   * @param admin1      first-order region of its place, or null
   * @param actors      every actor name its reports gave
   */
  public record OpenEvent(Event event, Long geonameId, String featureCode, String admin1, List<String> actors) {
    public OpenEvent {
      actors = actors == null ? List.of() : List.copyOf(actors);
    }

    public OpenEvent(Event event, Long geonameId) {
      this(event, geonameId, null, null, List.of());
    }
  }

  private final Settings settings;
  private final LinkedHashMap<String, OpenEvent> open = new LinkedHashMap<>();
  private LocalDate newest;

  public EventMerger(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Merges one article's mentions with no time of publication known. */
  public List<Event> merge(String articleId, String outlet, List<EventMention> mentions) {
    return merge(articleId, outlet, null, mentions);
  }

  /**
   * Merges one article's mentions.
   *
   * @param seen when the article was published (or, lacking that, ingested); null if unknown
   * @return the events they created or changed, in mention order, one per distinct event
   */
  public List<Event> merge(String articleId, String outlet, OffsetDateTime seen, List<EventMention> mentions) {
    LinkedHashMap<String, Event> touched = new LinkedHashMap<>();
    String seenAt = seen == null ? null : seen.toString();
    for (EventMention m : mentions) {
      LocalDate date = parse(m.date());
      if (date != null && (newest == null || date.isAfter(newest))) {
        newest = date;
      }
      EventReport report = new EventReport(articleId, outlet, m.sentence(), m.date(), seenAt, m.killed(), m.injured(), m.displaced());
      OpenEvent match = find(m, date);
      OpenEvent merged = match == null ? create(articleId, outlet, m, report) : join(match, articleId, outlet, m, report);
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
    String family = family(m.type());
    for (OpenEvent e : open.values()) {
      Event ev = e.event();
      if (!family(ev.subEventType()).equals(family)) {
        continue;
      }
      LocalDate d = parse(ev.eventDate());
      boolean dateOk = date == null || d == null || Math.abs(d.toEpochDay() - date.toEpochDay()) <= settings.dateTolerance();
      if (dateOk && samePlace(e, m.place()) && actorsOverlap(e.actors(), names(m))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The ACLED parent type, but each type beyond ACLED and each battle type is a family of its own:
   * an air strike and shelling reported of one attack are one event, while the state regaining
   * ground and a group seizing it are opposite outcomes, never one event.
   */
  private static String family(String type) {
    return EventType.ofCode(type).filter(t -> !t.parent().equals("Beyond ACLED") && !t.parent().equals("Battles"))
        .map(EventType::parent).orElse(type);
  }

  private boolean samePlace(OpenEvent e, Place p) {
    Event ev = e.event();
    if (p == null || ev.location() == null) {
      return p == null && ev.location() == null;
    }
    if (p.geonameId() != null && e.geonameId() != null && p.geonameId().equals(e.geonameId())) {
      return true;
    }
    if (p.name().equals(ev.location()) && Objects.equals(p.country(), ev.country())) {
      return true;
    }
    if (contains(e.featureCode(), ev.country(), e.admin1(), ev.location(), p) || contains(p.featureCode(), p.country(), p.admin1(), p.name(), placeOf(e))) {
      return true;
    }
    return ev.latitude() != null && ev.longitude() != null
        && km(ev.latitude(), ev.longitude(), p.lat(), p.lon()) <= settings.placeKm();
  }

  /** Whether a coarse place (a country, a region) holds {@code inner}. */
  private static boolean contains(String featureCode, String country, String admin1, String name, Place inner) {
    if (featureCode == null || inner == null || !COARSE.contains(featureCode) || !Objects.equals(country, inner.country())) {
      return false;
    }
    return featureCode.startsWith("PCL") || name.equals(inner.admin1()) || (admin1 != null && admin1.equals(inner.admin1()));
  }

  private static Place placeOf(OpenEvent e) {
    Event ev = e.event();
    return new Place(0, 0, ev.location(), ev.location(), ev.latitude() == null ? 0 : ev.latitude(),
        ev.longitude() == null ? 0 : ev.longitude(), ev.country(), e.admin1(), e.geonameId(), e.featureCode());
  }

  private static boolean actorsOverlap(List<String> theirs, List<String> ours) {
    return theirs.isEmpty() || ours.isEmpty() || ours.stream().anyMatch(theirs::contains);
  }

  /** Every actor name of a mention: its typed actors and the names of its sentence. */
  private static List<String> names(EventMention m) {
    Set<String> n = new LinkedHashSet<>();
    if (m.actor1() != null) {
      n.add(m.actor1().name());
    }
    if (m.actor2() != null) {
      n.add(m.actor2().name());
    }
    n.addAll(m.actors());
    return List.copyOf(n);
  }

  private static OpenEvent create(String articleId, String outlet, EventMention m, EventReport report) {
    EventType type = EventType.ofCode(m.type()).orElse(EventType.OTHER);
    Place p = m.place();
    EventActor a1 = m.actor1();
    EventActor a2 = m.actor2();
    String actor1 = a1 != null ? a1.name() : (m.actors().isEmpty() ? null : m.actors().get(0));
    String actor2 = a2 != null ? a2.name() : m.actors().stream().filter(a -> !a.equals(actor1)).findFirst().orElse(null);
    List<EventReport> reports = List.of(report);
    Reconciled killed = reconcile(reports, EventReport::killed);
    Event e = new Event(
        id(articleId, m), m.date(), type.parent(), m.type(), actor1, actor2,
        p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.country(),
        killed.value(), reconcile(reports, EventReport::injured).value(),
        List.of(articleId), outlet == null ? List.of() : List.of(outlet), m.sentence(),
        a1 != null ? a1.role().name() : null, a2 != null && a2.name().equals(actor2) ? a2.role().name() : null,
        reconcile(reports, EventReport::displaced).value(), killed.rule(), false, report.seen(), reports);
    return new OpenEvent(e, p == null ? null : p.geonameId(), p == null ? null : p.featureCode(), p == null ? null : p.admin1(), names(m));
  }

  private static OpenEvent join(OpenEvent open, String articleId, String outlet, EventMention m, EventReport report) {
    Event e = open.event();
    List<String> articles = new ArrayList<>(e.sourceArticles());
    if (!articles.contains(articleId)) {
      articles.add(articleId);
    }
    List<String> sources = new ArrayList<>(e.sources());
    if (outlet != null && !sources.contains(outlet)) {
      sources.add(outlet);
    }
    String actor1 = e.actor1();
    String kind1 = e.actor1Kind();
    if (actor1 == null) {
      actor1 = m.actor1() != null ? m.actor1().name() : (m.actors().isEmpty() ? null : m.actors().get(0));
      kind1 = m.actor1() != null ? m.actor1().role().name() : null;
    }
    String actor2 = e.actor2();
    String kind2 = e.actor2Kind();
    if (actor2 == null) {
      String a1 = actor1;
      EventActor candidate = m.actor1() != null && !m.actor1().name().equals(a1) ? m.actor1() : m.actor2();
      if (candidate != null && !candidate.name().equals(a1)) {
        actor2 = candidate.name();
        kind2 = candidate.role().name();
      }
    }
    List<EventReport> reports = new ArrayList<>(e.reports());
    reports.add(report);
    Reconciled killed = reconcile(reports, EventReport::killed);
    Reconciled injured = reconcile(reports, EventReport::injured);
    Reconciled displaced = reconcile(reports, EventReport::displaced);
    // the more precise place wins: a city over the country or region first named
    Place p = m.place();
    boolean refine = p != null && open.featureCode() != null && COARSE.contains(open.featureCode())
        && (p.featureCode() == null || !COARSE.contains(p.featureCode()));
    String firstSeen = earliest(e.firstSeen(), report.seen());
    Event merged = new Event(e.eventId(), e.eventDate(), e.eventType(), e.subEventType(), actor1, actor2,
        refine ? p.name() : e.location(), refine ? Double.valueOf(p.lat()) : e.latitude(), refine ? Double.valueOf(p.lon()) : e.longitude(),
        refine ? p.country() : e.country(), killed.value(), injured.value(), articles, sources, e.notes(), kind1, kind2,
        displaced.value(), killed.rule(), killed.conflict() || injured.conflict() || displaced.conflict(), firstSeen, reports);
    Set<String> actors = new LinkedHashSet<>(open.actors());
    actors.addAll(names(m));
    return new OpenEvent(merged, refine ? p.geonameId() : open.geonameId(), refine ? p.featureCode() : open.featureCode(),
        refine ? p.admin1() : open.admin1(), List.copyOf(actors));
  }

  /** A figure chosen among reports, the rule that chose it, and whether outlets disagree. */
  record Reconciled(Long value, String rule, boolean conflict) {
    static final Reconciled NONE = new Reconciled(null, null, false);
  }

  /**
   * Reconciles one figure across reports (in the order they came): one report gives "single"; all
   * equal, "agreed"; never falling from report to report, the latest ("latest": tolls grow as
   * bodies are counted and later reports carry the updated count); otherwise the largest ("max":
   * most reports say "at least", and each undercounts). Outlets conflict when their latest figures
   * differ.
   */
  static Reconciled reconcile(List<EventReport> reports, java.util.function.Function<EventReport, Long> figure) {
    List<Long> values = new ArrayList<>();
    LinkedHashMap<String, Long> latestByOutlet = new LinkedHashMap<>();
    for (EventReport r : reports) {
      Long v = figure.apply(r);
      if (v != null) {
        values.add(v);
        latestByOutlet.put(r.source() == null ? r.articleId() : r.source(), v);
      }
    }
    if (values.isEmpty()) {
      return Reconciled.NONE;
    }
    boolean conflict = latestByOutlet.values().stream().distinct().count() > 1;
    if (values.size() == 1) {
      return new Reconciled(values.get(0), "single", false);
    }
    if (values.stream().distinct().count() == 1) {
      return new Reconciled(values.get(0), "agreed", false);
    }
    boolean rising = true;
    for (int i = 1; i < values.size(); i++) {
      rising &= values.get(i) >= values.get(i - 1);
    }
    long max = values.stream().mapToLong(Long::longValue).max().orElseThrow();
    return rising ? new Reconciled(values.get(values.size() - 1), "latest", conflict) : new Reconciled(max, "max", conflict);
  }

  private static String earliest(String a, String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return OffsetDateTime.parse(b).isBefore(OffsetDateTime.parse(a)) ? b : a;
  }

  /** A stable id from the first reporting article, the trigger position and the type. */
  private static String id(String articleId, EventMention m) {
    return StableId.derive("e-", articleId + "|" + m.start() + "|" + m.type());
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
        + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
    return 12742 * Math.asin(Math.sqrt(h));
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
