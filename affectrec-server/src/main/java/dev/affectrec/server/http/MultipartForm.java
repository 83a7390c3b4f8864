package dev.affectrec.server.http;

import dev.affectrec.api.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578, RFC 2046 section 5.1) parsed in memory: nothing is
 * ever written to disk, and the caller bounds the body before handing it over. Lines end with CRLF;
 * a preamble before the first delimiter and an epilogue after the closing one are ignored. Work is
 * linear in the body's size whatever it holds. Stateless and thread-safe.
 */
public final class MultipartForm {
  /** Longest boundary RFC 2046 allows. */
  public static final int MAX_BOUNDARY = 70;

  /** Most bytes of one part's header block. */
  public static final int MAX_HEADER_BYTES = 8 * 1024;

  /** Most parts in one body. */
  public static final int MAX_PARTS = 100;

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};

  private MultipartForm() {}

  /**
   * One part.
   *
   * @param name the {@code name} of its {@code Content-Disposition}, or null when it has none
   * @param filename the {@code filename} of its {@code Content-Disposition}, or null
   * @param contentType its {@code Content-Type}, or null
   * @param content its bytes, never null
   */
  public record Part(String name, String filename, String contentType, byte[] content) {}

  /** A body that is not valid multipart; the message names what is wrong. */
  public static final class MalformedException extends InputException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /**
   * The {@code boundary} parameter of a {@code multipart/form-data} content type.
   *
   * @throws MalformedException when it is missing, empty or longer than {@link #MAX_BOUNDARY}
   */
  public static String boundary(String contentType) {
    for (String param : splitParameters(contentType)) {
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
        String value = unquote(param.substring(eq + 1).trim());
        if (value.isEmpty() || value.length() > MAX_BOUNDARY) {
          throw new MalformedException(
              "the boundary must be 1 to " + MAX_BOUNDARY + " characters long");
        }
        return value;
      }
    }
    throw new MalformedException("the Content-Type declares no boundary parameter");
  }

  /**
   * The parts of {@code body}, in order.
   *
   * @throws MalformedException when no delimiter starts a part, a part has no blank line after its
   *     headers, the closing delimiter is missing (a truncated body), or there are more than {@link
   *     #MAX_PARTS} parts
   */
  public static List<Part> parse(byte[] body, String boundary) {
    byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] delimiter = concat(CRLF, dashBoundary);
    int at =
        endsDelimiter(body, dashBoundary.length) && startsWith(body, 0, dashBoundary)
            ? dashBoundary.length
            : nextDelimiter(body, delimiter, 0);
    if (at < 0) {
      throw new MalformedException("no part starts with the boundary declared in Content-Type");
    }
    List<Part> parts = new ArrayList<>();
    while (true) {
      if (startsWith(body, at, new byte[] {'-', '-'})) {
        return parts;
      }
      at = skipWhitespace(body, at) + CRLF.length;
      int headersEnd =
          startsWith(body, at, CRLF) ? at : indexOf(body, BLANK_LINE, at, MAX_HEADER_BYTES);
      if (headersEnd < 0) {
        throw new MalformedException(
            "a part has no blank line within "
                + MAX_HEADER_BYTES
                + " bytes after its boundary (headers missing or too long)");
      }
      int contentStart = headersEnd == at ? at + CRLF.length : headersEnd + BLANK_LINE.length;
      int next = nextDelimiter(body, delimiter, contentStart);
      if (next < 0) {
        throw new MalformedException("the body ends before the closing boundary (truncated?)");
      }
      int contentEnd = next - delimiter.length;
      if (parts.size() == MAX_PARTS) {
        throw new MalformedException("more than " + MAX_PARTS + " parts");
      }
      String headers = new String(body, at, headersEnd - at, StandardCharsets.UTF_8);
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
      at = next;
    }
  }

  /**
   * The index just after the next delimiter at or after {@code from}, or -1. A delimiter is {@code
   * CRLF--boundary} followed by {@code --} (the closing one) or by optional spaces or tabs and
   * CRLF; the same bytes followed by anything else are content.
   */
  private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
    int at = indexOf(body, delimiter, from);
    while (at >= 0 && !endsDelimiter(body, at + delimiter.length)) {
      at = indexOf(body, delimiter, at + 1);
    }
    return at < 0 ? -1 : at + delimiter.length;
  }

  /**
   * Whether {@code at}, just after a boundary, holds {@code --} or optional whitespace and CRLF.
   */
  private static boolean endsDelimiter(byte[] body, int at) {
    return startsWith(body, at, new byte[] {'-', '-'})
        || startsWith(body, skipWhitespace(body, at), CRLF);
  }

  private static int skipWhitespace(byte[] body, int at) {
    while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
      at++;
    }
    return at;
  }

  /** The first part named {@code name}, if any. */
  public static Optional<Part> find(List<Part> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.name())).findFirst();
  }

  private static Part part(String headers, byte[] content) {
    String name = null;
    String filename = null;
    String contentType = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-type")) {
        contentType = value;
      } else if (header.equals("content-disposition")) {
        for (String param : splitParameters(value)) {
          int eq = param.indexOf('=');
          if (eq > 0) {
            String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String v = unquote(param.substring(eq + 1).trim());
            if (key.equals("name")) {
              name = v;
            } else if (key.equals("filename")) {
              filename = v;
            }
          }
        }
      }
    }
    return new Part(name, filename, contentType, content);
  }

  /** The parameters after the first {@code ;}, split on {@code ;} outside quoted strings. */
  private static List<String> splitParameters(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';' && !quoted) {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder();
        continue;
      }
      if (current == null) {
        continue;
      }
      current.append(c);
      if (c == '\\' && quoted && i + 1 < value.length()) {
        current.append(value.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /** A quoted string without its quotes and escapes, or the token itself. */
  private static String unquote(String value) {
    if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 1; i < value.length() - 1; i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() - 1) {
        c = value.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    if (at + prefix.length > body.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] pattern, int from) {
    return indexOf(body, pattern, from, body.length);
  }

  /**
   * The first index at or after {@code from} where {@code pattern} starts and ends within {@code
   * window} bytes of {@code from}, or -1: Knuth-Morris-Pratt, linear in the bytes scanned.
   */
  private static int indexOf(byte[] body, byte[] pattern, int from, int window) {
    int[] fallback = new int[pattern.length];
    for (int i = 1, k = 0; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = fallback[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      fallback[i] = k;
    }
    int end = (int) Math.min(body.length, (long) from + window);
    for (int i = from, k = 0; i < end; i++) {
      while (k > 0 && body[i] != pattern[k]) {
        k = fallback[k - 1];
      }
      if (body[i] == pattern[k]) {
        k++;
      }
      if (k == pattern.length) {
        return i - pattern.length + 1;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
