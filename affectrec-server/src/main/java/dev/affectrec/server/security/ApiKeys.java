package dev.affectrec.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generation and hashing of API keys. A key is {@code ark_} followed by 32 random bytes in
 * base64url (256 bits of entropy), so a fast hash (SHA-256) is enough to store it: unlike a
 * password it cannot be guessed from a dictionary. Only the hash is stored. The key id, its first 8
 * characters after the prefix, names the key in logs without revealing it. Thread-safe.
 */
public final class ApiKeys {
  /** Every key starts with this prefix, so leaked keys are easy to scan for. */
  public static final String PREFIX = "ark_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ID_LENGTH = 8;

  private ApiKeys() {}

  /** A new random key. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code key} has the shape of a key (prefix and length); says nothing of validity. */
  public static boolean looksLikeKey(String key) {
    return key != null
        && key.startsWith(PREFIX)
        && key.length() >= PREFIX.length() + ID_LENGTH + 8
        && key.length() <= 200;
  }

  /** Hex SHA-256 of the key, as stored. */
  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The public id of a key: its first 8 characters after the prefix. */
  public static String id(String key) {
    if (!looksLikeKey(key)) {
      throw new IllegalArgumentException(
          "not an AffectRec API key (they start with " + PREFIX + ")");
    }
    return key.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
  }
}
