package dev.affectrec.serving.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generation and hashing of API keys. A generated key is {@code ark_} followed by 32 random bytes
 * in base64url (256 bits of entropy), so a fast hash (SHA-256) is enough to store it: unlike a
 * password it cannot be guessed from a dictionary. Only the hash is stored. The key id, the first
 * 12 hex digits of the hash, names the key in listings and the audit log without revealing it.
 * Thread-safe.
 */
public final class ApiKeys {
  /** Every generated key starts with this prefix, so leaked keys are easy to scan for. */
  public static final String PREFIX = "ark_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ID_LENGTH = 12;

  private ApiKeys() {}

  /** A new random key. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code key} has the shape of a generated key; says nothing of validity. */
  public static boolean looksLikeKey(String key) {
    return key != null
        && key.startsWith(PREFIX)
        && key.length() >= PREFIX.length() + 32
        && key.length() <= 200;
  }

  /** Hex SHA-256 of the key, as stored. */
  public static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The public id of a key: the first 12 hex digits of its hash. */
  public static String id(String key) {
    return hash(key).substring(0, ID_LENGTH);
  }
}
