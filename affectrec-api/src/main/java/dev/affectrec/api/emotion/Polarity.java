package dev.affectrec.api.emotion;

import java.util.Locale;

/** Sentiment polarity. Declaration order is the index order of {@link PolarityScores}. */
public enum Polarity {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** Lower-case wire name, for example {@code positive}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
