package org.storyline.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may do what. Reads are open when the server listens on loopback only; otherwise they need
 * the token, as a bearer header or the session cookie that {@code POST /api/session} sets (so the
 * page and its event stream, which cannot send headers, work). Writes always need the bearer
 * header, never the cookie, so a page on another site cannot make a browser write (no CSRF); and
 * without a token set at start there are no writes at all.
 */
final class Access {
  static final String COOKIE = "storyline_token";

  private final String token;
  private final boolean openReads;

  Access(String token, boolean openReads) {
    this.token = token;
    this.openReads = openReads;
  }

  void checkRead(Context ctx) {
    if (openReads) {
      return;
    }
    if (!matches(bearer(ctx)) && !matches(ctx.cookie(COOKIE))) {
      throw ApiException.unauthorized("this server is reachable beyond this machine: send the token as 'Authorization: Bearer TOKEN' or sign in on the page");
    }
  }

  void checkWrite(Context ctx) {
    if (token == null) {
      throw ApiException.forbidden("writes are disabled: start the server with --token (or STORYLINE_TOKEN) to allow them");
    }
    if (!matches(bearer(ctx))) {
      throw ApiException.unauthorized("writes need the token as 'Authorization: Bearer TOKEN'");
    }
  }

  /** Compares in constant time, so response times do not reveal how much of a guess was right. */
  boolean matches(String given) {
    return token != null && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static String bearer(Context ctx) {
    String h = ctx.header("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
  }
}
