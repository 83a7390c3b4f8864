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
 * chunks of {@link #CHUNK} lines (or {@link #CHUNK_CHARS} characters, whichever comes first) so
 * that the output streams; within a chunk the encoder sorts the texts by length, so a larger chunk
 * pads less: 4,096 lines read the dev sets 20% faster than 256 (docs/EVALUATION.md, "Short text in
 * other Latin-script languages, and what a batch does to a reading").
 */
public final class BatchReadJob {
  /** Lines per encoder call, at most. */
  public static final int CHUNK = 4096;

  /** Characters per encoder call, at most (a chunk of very long lines closes early). */
  public static final long CHUNK_CHARS = 8_000_000;

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
    long chars = 0;
    try {
      while (lines.next()) {
        String line = lines.utf8();
        chunk.add(line);
        chars += line.length();
        if (chunk.size() == CHUNK || chars >= CHUNK_CHARS) {
          written += flush(chunk, out);
          chars = 0;
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
