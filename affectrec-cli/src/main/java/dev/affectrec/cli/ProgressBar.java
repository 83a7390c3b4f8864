package dev.affectrec.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most five times a second, and only when stderr is a
 * terminal (so logs and CI output stay clean). Not thread-safe: update it from one thread.
 */
final class ProgressBar implements AutoCloseable {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream out, String label, boolean enabled) {
    this.out = out;
    this.label = label;
    this.enabled = enabled;
  }

  /** A bar on stderr that draws only when there is a console. */
  static ProgressBar onConsole(String label) {
    return new ProgressBar(System.err, label, System.console() != null);
  }

  /** Reports {@code done} of {@code total} units ({@code total < 0} when unknown). */
  void update(long done, long total) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    out.print('\r' + render(done, total, (now - started) / 1e9));
    out.flush();
  }

  String render(long done, long total, double seconds) {
    if (total <= 0) {
      return String.format(Locale.ROOT, "%s %,d (%.0f s)", label, done, seconds);
    }
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3.0f%% (%.0f s)",
        label,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        fraction * 100,
        seconds);
  }

  @Override
  public void close() {
    if (drawn) {
      out.print("\r" + " ".repeat(label.length() + WIDTH + 20) + "\r");
      out.flush();
    }
  }
}
