package dev.affectrec.emotion.text.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of strict UTF-8 ({@code \n} or {@code \r\n} endings) and rejects invalid bytes with
 * the line number. Not thread-safe.
 */
public final class Utf8Lines {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int line;
  private boolean done;

  /** Reads from {@code in}; the caller closes it. */
  public Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** Number of the line last returned (1-based). */
  public int line() {
    return line;
  }

  /**
   * The next line without its ending, or null at end of input.
   *
   * @throws IllegalArgumentException if the line is not valid UTF-8 (message names the line)
   */
  public String next() throws IOException {
    if (done) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      bytes.write(b);
    }
    if (b < 0) {
      done = true;
      if (bytes.size() == 0) {
        return null;
      }
    }
    line++;
    byte[] raw = bytes.toByteArray();
    int len = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    try {
      return decoder.decode(ByteBuffer.wrap(raw, 0, len)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("line " + line + " is not valid UTF-8");
    }
  }
}
