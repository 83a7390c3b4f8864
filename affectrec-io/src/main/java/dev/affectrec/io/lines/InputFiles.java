package dev.affectrec.io.lines;

import dev.affectrec.api.InputException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens input files for every reader: checks that the file exists and is not empty, decompresses
 * gzip (detected by its magic bytes, whatever the name) and reports progress in bytes of the file
 * on disk, so the total is known even for compressed input.
 */
public final class InputFiles {
  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Opens {@code file} for reading.
   *
   * @throws InputException if the file is missing, not a regular file, empty, or not a valid gzip
   *     header although it starts like one (corrupt or truncated)
   */
  public static InputStream open(Path file, ReadProgress progress) throws IOException {
    requireReadableFile(file);
    long total = Files.size(file);
    if (total == 0) {
      throw new InputException(file + " is empty");
    }
    InputStream raw = new ProgressStream(Files.newInputStream(file), progress, total);
    BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (first == 0x1f && second == 0x8b) {
      try {
        return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
      } catch (ZipException e) {
        buffered.close();
        throw new InputException(file + " is not a valid gzip file: " + e.getMessage(), e);
      } catch (EOFException e) {
        buffered.close();
        throw new InputException(
            file + " is not a valid gzip file: it ends inside the gzip header (truncated?)", e);
      }
    }
    return buffered;
  }

  /**
   * Checks that {@code file} exists and is a regular file.
   *
   * @throws InputException otherwise
   */
  public static void requireReadableFile(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file + " does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + " is not a regular file");
    }
  }

  /** Counts the bytes read from the file and reports them about every 256 KiB. */
  private static final class ProgressStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 18;
    private final ReadProgress progress;
    private final long total;
    private long read;
    private long reported;

    ProgressStream(InputStream in, ReadProgress progress, long total) {
      super(in);
      this.progress = progress;
      this.total = total;
      progress.update(0, total);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      } else if (n < 0 && reported != read) {
        reported = read;
        progress.update(read, total);
      }
      return n;
    }

    private void advance(long n) {
      read += n;
      if (read - reported >= REPORT_EVERY || read == total) {
        reported = read;
        progress.update(read, total);
      }
    }
  }
}
