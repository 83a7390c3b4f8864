package dev.affectrec.store.imports;

import dev.affectrec.io.lines.ReadProgress;

/**
 * Receives progress during an import. Called from the importing thread; implementations must be
 * cheap (the CLI redraws a progress bar at most a few times a second).
 */
@FunctionalInterface
public interface ImportProgress extends ReadProgress {
  /** Does nothing. */
  ImportProgress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param bytesRead bytes of input consumed so far
   * @param totalBytes total input bytes, or -1 when unknown (for example inside a gzip stream)
   */
  @Override
  void update(long bytesRead, long totalBytes);
}
