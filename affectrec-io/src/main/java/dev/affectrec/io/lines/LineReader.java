package dev.affectrec.io.lines;

import dev.affectrec.api.InputException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Splits a byte stream into lines (on {@code \n}, dropping a trailing {@code \r} and a leading
 * UTF-8 byte order mark) without decoding them, so JSON parsers can read the bytes directly. Line
 * numbers start at 1. Not thread-safe.
 *
 * <p>Whole-input failures become {@link InputException}s that name the file and, for encoding
 * errors, the line: invalid UTF-8 (see {@link #requireUtf8()}) and truncated or corrupt gzip.
 */
public final class LineReader implements AutoCloseable {
  private final InputStream in;
  private final String fileName;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int length;
  private long number;
  private boolean eof;

  public LineReader(InputStream in, String fileName) {
    this.in = in;
    this.fileName = fileName;
  }

  /** Advances to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    if (eof) {
      return false;
    }
    length = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int start = chunkPos;
      int newline = -1;
      for (int i = start; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? chunkEnd : newline;
      append(start, end - start);
      chunkPos = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (number == 1
        && length >= 3
        && (line[0] & 0xff) == 0xef
        && (line[1] & 0xff) == 0xbb
        && (line[2] & 0xff) == 0xbf) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
    }
    return true;
  }

  /** The bytes of the current line; valid up to {@link #length()} until the next call. */
  public byte[] bytes() {
    return line;
  }

  /** Length of the current line in bytes, without the line terminator. */
  public int length() {
    return length;
  }

  /** 1-based number of the current line. */
  public long number() {
    return number;
  }

  /** Whether the current line is empty or only whitespace. */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that the current line is valid UTF-8.
   *
   * @throws InputException naming the file, line and byte column otherwise
   */
  public void requireUtf8() {
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        decodeUtf8();
        return;
      }
    }
  }

  /** The current line decoded as UTF-8; throws like {@link #requireUtf8()}. */
  public String utf8() {
    requireUtf8();
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  /** The current line decoded as ISO-8859-1 (every byte is a character). */
  public String latin1() {
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void decodeUtf8() {
    ByteBuffer buffer = ByteBuffer.wrap(line, 0, length);
    try {
      utf8.reset().decode(buffer);
    } catch (CharacterCodingException e) {
      throw new InputException(
          fileName
              + " line "
              + number
              + ": not valid UTF-8 (bad byte 0x"
              + Integer.toHexString(line[buffer.position()] & 0xff)
              + " at byte "
              + (buffer.position() + 1)
              + " of the line); convert the file to UTF-8",
          e);
    }
  }

  private boolean fill() throws IOException {
    int n;
    try {
      n = in.read(chunk, 0, chunk.length);
    } catch (EOFException e) {
      throw new InputException(
          fileName + " is truncated: the compressed stream ends early after line " + number, e);
    } catch (ZipException e) {
      throw new InputException(
          fileName + " is corrupt after line " + number + ": " + e.getMessage(), e);
    }
    if (n <= 0) {
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return true;
  }

  private void append(int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }
}
