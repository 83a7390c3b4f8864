package dev.affectrec.recommend.content;

import dev.affectrec.api.Arguments;
import java.util.Locale;

/**
 * A dependency-free baseline encoder: lower-cased word and genre tokens hashed into {@code
 * dimension} buckets with a sign hash (the hashing trick), L2-normalised. It stands in until a
 * neural sentence encoder is wired in. Thread-safe.
 */
public final class HashingTextEncoder implements TextEncoder {
  private final int dimension;

  /** An encoder into {@code dimension} buckets, at least 1. */
  public HashingTextEncoder(int dimension) {
    this.dimension = Arguments.requireAtLeast(dimension, 1, "dimension");
  }

  @Override
  public float[] encode(String text) {
    float[] v = new float[dimension];
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (token.length() < 2) {
        continue;
      }
      int h = token.hashCode() * 0x9E3779B1;
      v[Math.floorMod(h, dimension)] += (h >>> 31) == 0 ? 1f : -1f;
    }
    return Embeddings.normalized(v);
  }

  @Override
  public int dimension() {
    return dimension;
  }
}
