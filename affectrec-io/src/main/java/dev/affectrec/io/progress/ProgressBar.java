package dev.affectrec.io.progress;

import dev.affectrec.io.lines.ReadProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar, {@code label [##### ] 42% (3 s, about 4 s left)}, redrawn in place with
 * carriage returns at most five times a second. The time left is the elapsed time scaled by the
 * share still to do (work assumed to go at the pace so far), shown once 1% is done and a second has
 * passed. It is fed either absolute progress ({@link #update}, for example bytes of a file) or
 * units of work towards a fixed total ({@link #counting}, {@link #advance}). A disabled bar draws
 * nothing. Thread-safe (all methods synchronized).
 */
public final class ProgressBar implements ReadProgress, AutoCloseable {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private String label;
  private long done;
  private long total = -1;
  private long lastDraw;
  private boolean drawn;
  private int drawnLength;

  /**
   * A bar on {@code out}.
   *
   * @param out where to draw; null draws nothing
   * @param label shown before the bar, never null
   * @param enabled false draws nothing
   */
  public ProgressBar(PrintStream out, String label, boolean enabled) {
    this.out = out;
    this.label = label;
    this.enabled = enabled && out != null;
  }

  /** A bar on stderr that draws only when there is a console, so logs and CI output stay clean. */
  public static ProgressBar onConsole(String label) {
    return new ProgressBar(System.err, label, System.console() != null);
  }

  /** A bar over {@code total} units of work (at least 1) on {@code out}, null for none. */
  public static ProgressBar counting(PrintStream out, long total) {
    ProgressBar bar = new ProgressBar(out, "", true);
    bar.total = Math.max(1, total);
    return bar;
  }

  /**
   * Reports {@code done} of {@code total} units ({@code total < 0} when unknown; then a {@code
   * done} of 0 shows the elapsed time alone).
   */
  @Override
  public synchronized void update(long done, long total) {
    this.done = done;
    this.total = total;
    draw(false);
  }

  /** Adds {@code units} of completed work, up to the total. */
  public synchronized void advance(long units) {
    done = total > 0 ? Math.min(total, done + units) : done + units;
    draw(false);
  }

  /** Sets the label and redraws. */
  public synchronized void label(String text) {
    label = text;
    draw(true);
  }

  /** The share done, in [0, 1]; 0 while the total is unknown. */
  public synchronized double fraction() {
    return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
  }

  /** Draws the complete bar and ends its line, leaving it on screen. */
  public synchronized void finish() {
    if (total > 0) {
      done = total;
    }
    draw(true);
    if (enabled) {
      out.println();
      out.flush();
      drawn = false;
      drawnLength = 0;
    }
  }

  /** Erases the bar if it was drawn and not {@linkplain #finish() finished}. */
  @Override
  public synchronized void close() {
    if (drawn) {
      out.print("\r" + " ".repeat(drawnLength) + "\r");
      out.flush();
    }
  }

  /**
   * The line for {@code done} of {@code total} after {@code seconds}, without the carriage return.
   */
  String render(long done, long total, double seconds) {
    if (total <= 0) {
      return done > 0
          ? String.format(Locale.ROOT, "%s %,d (%.0f s)", label, done, seconds)
          : String.format(Locale.ROOT, "%s (%.0f s)", label, seconds);
    }
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double left = secondsLeft(fraction, seconds);
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3.0f%% (%.0f s%s)",
        label,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        fraction * 100,
        seconds,
        Double.isNaN(left) ? "" : ", about " + duration(left) + " left");
  }

  /**
   * The seconds left when {@code fraction} of the work took {@code seconds}, at the same pace; NaN
   * when there is no telling yet (under 1% done or under a second passed) or nothing is left.
   */
  static double secondsLeft(double fraction, double seconds) {
    if (fraction < 0.01 || fraction >= 1 || seconds < 1) {
      return Double.NaN;
    }
    return seconds * (1 - fraction) / fraction;
  }

  /** {@code seconds} rounded for reading: {@code 7 s}, {@code 3 min 05 s}, {@code 2 h 04 min}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!enabled || (!force && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    String line = render(done, total, (now - started) / 1e9);
    // Blanks past the end cover what a longer previous line left.
    out.print('\r' + line + " ".repeat(Math.max(0, drawnLength - line.length())));
    drawnLength = Math.max(drawnLength, line.length());
    out.flush();
  }
}
