package org.storyline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.EventType;
import org.storyline.store.Filter;

/** Query parameters, validated, with messages that name the parameter and what is allowed. */
final class Params {
  static final int MAX_LIMIT = 500;

  private Params() {}

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx, int defaultLimit) {
    return integer(ctx, "limit", defaultLimit, 1, MAX_LIMIT);
  }

  static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("parameter '" + name + "' is required");
    }
    return value;
  }

  private static int integer(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a whole number, was '" + raw + "'");
    }
  }

  /** Values one filter parameter may repeat; more is a mistake or an attack, not a question. */
  static final int MAX_VALUES = 50;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /**
   * The filter of {@code type, country, from, to, outlet, entity}; each but the dates may repeat
   * ({@code ?type=AIR_STRIKE&type=ARMED_CLASH}) and then any of the values matches.
   */
  static Filter filter(Context ctx) {
    List<String> types = values(ctx, "type");
    for (String t : types) {
      if (EventType.ofCode(t).isEmpty()) {
        throw ApiException.badRequest("parameter 'type' must be an event type code of EVENT_TYPES.md (AIR_STRIKE, ARMED_CLASH, ...), was '" + t + "'");
      }
    }
    List<String> countries = values(ctx, "country");
    for (String c : countries) {
      if (!COUNTRY.matcher(c).matches()) {
        throw ApiException.badRequest("parameter 'country' must be an ISO 3166-1 alpha-2 code such as SY, was '" + c + "'");
      }
    }
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("parameter 'from' (" + from + ") must not be after parameter 'to' (" + to + ")");
    }
    return new Filter(types, countries, from, to, values(ctx, "outlet"), values(ctx, "entity"));
  }

  private static List<String> values(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      if (v != null && !v.isBlank()) {
        if (v.length() > 200) {
          throw ApiException.badRequest("parameter '" + name + "' must be at most 200 characters long");
        }
        out.add(v.strip());
      }
    }
    if (out.size() > MAX_VALUES) {
      throw ApiException.badRequest("parameter '" + name + "' may be given at most " + MAX_VALUES + " times, was " + out.size());
    }
    return out;
  }

  private static LocalDate date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a date as YYYY-MM-DD, was '" + raw + "'");
    }
  }
}
