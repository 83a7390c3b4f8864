package dev.affectrec.serving.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces user ids by a keyed hash (HMAC-SHA256) at ingest, so the store never holds the raw id.
 * The same id and secret always give the same pseudonym, so clients keep using their own ids: the
 * server hashes ids in paths and payloads on the way in. Without the secret a pseudonym cannot be
 * reversed or recomputed. Thread-safe.
 */
public final class Pseudonymiser {
  /** How every pseudonym starts. */
  public static final String PREFIX = "p_";

  /** How many characters every pseudonym has: the prefix and 32 hex characters. */
  public static final int LENGTH = PREFIX.length() + 32;

  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  /**
   * A pseudonymiser with {@code secret}.
   *
   * @param secret at least 16 characters
   */
  public Pseudonymiser(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException(
          "the pseudonymisation secret must have at least 16 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** The pseudonym of {@code userId}: {@code p_} and 32 hex characters (128 bits). */
  public String pseudonym(String userId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
