package dev.affectrec.eval.harness;

import java.io.PrintStream;

/**
 * A one-line text progress bar redrawn in place with carriage returns, at most every 100 ms.
 * Thread-safe (all methods synchronized). A null stream makes it silent.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final long total;
  private long done;
  private String label = "";
  private long lastDraw;

  /** A bar over {@code total} units written to {@code out} (null for none). */
  public ProgressBar(PrintStream out, long total) {
    this.out = out;
    this.total = Math.max(1, total);
  }

  /** Sets the label shown after the bar. */
  public synchronized void label(String text) {
    this.label = text;
    draw(true);
  }

  /** Adds {@code units} of completed work. */
  public synchronized void advance(long units) {
    done = Math.min(total, done + units);
    draw(false);
  }

  /** Draws the final state and ends the line. */
  public synchronized void finish() {
    done = total;
    draw(true);
    if (out != null) {
      out.println();
      out.flush();
    }
  }

  /** The share done, in [0, 1]. */
  public synchronized double fraction() {
    return (double) done / total;
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (out == null || (!force && now - lastDraw < 100_000_000L)) {
      return;
    }
    lastDraw = now;
    int filled = (int) (WIDTH * done / total);
    out.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + String.format("%3d%%", 100 * done / total)
            + " "
            + label
            + "          ");
    out.flush();
  }
}
