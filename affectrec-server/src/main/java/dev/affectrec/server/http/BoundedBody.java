package dev.affectrec.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body without ever holding more than a limit in memory: a declared {@code
 * Content-Length} over the limit is refused before reading, and a chunked body is cut off as soon
 * as it passes the limit. A read that fails (a client that stops sending) is a 400 whose detail
 * names no exception; a body slower than {@link ConnectionLimits#MIN_DATA_RATE} is a 408. Stateless
 * and thread-safe.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * Returns the body bytes.
   *
   * @param maxBytes the limit, at least 1
   * @throws ApiException 413 when the body is larger than {@code maxBytes}, 400 when it is empty
   */
  public static byte[] read(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    try (InputStream in = ctx.req().getInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw ApiException.invalid(
          "body",
          "the request body could not be read to its end: the client stopped sending or was too"
              + " slow; send the whole body again");
    } catch (BadMessageException e) { // Jetty's minimum data rate, unchecked
      throw ApiException.requestTimeout(
          "the request body arrived slower than "
              + ConnectionLimits.MIN_DATA_RATE
              + " bytes per second on average; send it again over a faster link");
    }
    if (total == 0) {
      throw ApiException.invalid("body", "the request body is empty");
    }
    return out.toByteArray();
  }

  /**
   * Returns the body bytes of a request that must carry JSON: as {@link #read}, after checking that
   * the {@code Content-Type}, when sent, is {@code application/json} or a {@code +json} type.
   *
   * @throws ApiException 415 naming the type sent when it is not JSON, else as {@link #read}
   */
  public static byte[] readJson(Context ctx, long maxBytes) {
    String type = ctx.contentType();
    if (type != null && !isJson(type)) {
      throw ApiException.unsupportedMediaType(
          "the body must be JSON, sent with Content-Type: application/json, but the request"
              + " declared '"
              + type
              + "'");
    }
    return read(ctx, maxBytes);
  }

  private static boolean isJson(String contentType) {
    String media = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return media.equals("application/json") || media.endsWith("+json");
  }

  private static ApiException tooLarge(long maxBytes) {
    return ApiException.tooLarge(
        "the request body is larger than the limit of " + maxBytes + " bytes");
  }
}
