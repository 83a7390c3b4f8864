package dev.affectrec.emotion.text.job;

import dev.affectrec.api.InputException;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code emotion batch}: reads UTF-8 lines and writes one JSON reading per line, in input order; an
 * empty line gets a neutral reading with confidence 0 and is never skipped. Lines are read in
 * chunks of {@link #CHUNK} so that the encoder batches and the output streams.
 */
public final class BatchReadJob {
  /** Lines per encoder call. */
  public static final int CHUNK = 256;

  private final TextEmotionRecognizer recognizer;

  /** A job reading with {@code recognizer}. */
  public BatchReadJob(TextEmotionRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /**
   * Runs the job; returns the number of lines written.
   *
   * @throws IllegalArgumentException if a line is not valid UTF-8 (lines before it are written)
   */
  public long run(InputStream input, OutputStream output) throws IOException {
    LineReader lines = new LineReader(input, "input");
    Writer writer = new java.io.OutputStreamWriter(output, StandardCharsets.UTF_8);
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(writer, 1 << 16));
    long written = 0;
    List<String> chunk = new ArrayList<>(CHUNK);
    try {
      while (lines.next()) {
        chunk.add(lines.utf8());
        if (chunk.size() == CHUNK) {
          written += flush(chunk, out);
        }
      }
    } catch (InputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } finally {
      written += flush(chunk, out);
      out.flush();
    }
    return written;
  }

  private int flush(List<String> chunk, PrintWriter out) {
    int n = chunk.size();
    if (n > 0) {
      for (TextEmotionResult r : recognizer.readAll(chunk)) {
        out.print(r.toJson());
        out.print('\n');
      }
      chunk.clear();
    }
    return n;
  }
}
