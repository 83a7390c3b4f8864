package dev.affectrec.io.lines;

/**
 * Receives progress while a file is read. Called from the reading thread; implementations must be
 * cheap.
 */
@FunctionalInterface
public interface ReadProgress {
  /** Does nothing. */
  ReadProgress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param bytesRead bytes of input consumed so far
   * @param totalBytes total input bytes, or -1 when unknown
   */
  void update(long bytesRead, long totalBytes);
}
