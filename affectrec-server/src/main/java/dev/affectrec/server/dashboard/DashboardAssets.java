package dev.affectrec.server.dashboard;

import dev.affectrec.server.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves the dashboard's static files from the classpath folder {@code /dashboard/}. Only the files
 * named in {@link #FILES} exist; they are read once at construction, so serving never touches the
 * disk and no path from a request reaches the class loader. Every answer carries a strict
 * Content-Security-Policy (scripts, styles and connections only from this origin). Thread-safe.
 */
public final class DashboardAssets {
  /** The packaged files and their content types. */
  static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "dashboard.css", "text/css; charset=utf-8",
          "api.js", "text/javascript; charset=utf-8",
          "charts.js", "text/javascript; charset=utf-8",
          "ui.js", "text/javascript; charset=utf-8",
          "tables.js", "text/javascript; charset=utf-8",
          "analytics.js", "text/javascript; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8");

  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
          + " img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Map<String, byte[]> contents = new LinkedHashMap<>();

  /**
   * Loads every file.
   *
   * @throws IllegalStateException if one is missing from the jar
   */
  public DashboardAssets() {
    for (String name : FILES.keySet()) {
      contents.put(name, read(name));
    }
  }

  /** {@code GET /dashboard}: the page. */
  public void page(Context ctx) {
    send(ctx, "index.html");
  }

  /** {@code GET /dashboard/{file}}: one asset, or 404 for any other name. */
  public void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!contents.containsKey(name)) {
      throw ApiException.notFound("the dashboard has no file '" + name + "'");
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(FILES.get(name)).result(contents.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = DashboardAssets.class.getResourceAsStream("/dashboard/" + name)) {
      if (in == null) {
        throw new IllegalStateException("dashboard file " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
