package org.storyline.web;

import io.javalin.http.Context;

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
}
