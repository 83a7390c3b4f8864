package dev.affectrec.server.http;

import io.javalin.http.Context;

/** Typed query parameters that answer 400 naming the parameter when a value is invalid. */
public final class QueryParams {
  private QueryParams() {}

  /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent. */
  public static int intInRange(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw ApiException.invalid(name, "must be in [" + min + ", " + max + "] but was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.invalid(name, "must be an integer but was '" + raw + "'");
    }
  }
}
