package dev.affectrec.hybrid.policy;

import java.util.Locale;
import java.util.Optional;

/** How recommendations respond to the user's emotional state. */
public enum EmotionPolicy {
  /** Favour items whose emotional profile is close to the user's state. */
  MOOD_CONGRUENT,
  /** Lift a negative state: favour items whose profile is positive and calm. */
  MOOD_REGULATING,
  /** Ignore the user's state. */
  NEUTRAL;

  /** Lower-case, hyphenated name: mood-congruent, mood-regulating, neutral. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every wire name, in declaration order, separated by ", " (for error messages). */
  public static String wireNames() {
    return java.util.Arrays.stream(values())
        .map(EmotionPolicy::wireName)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The policy with wire name {@code name}, empty when unknown or null. */
  public static Optional<EmotionPolicy> fromWireName(String name) {
    for (EmotionPolicy p : values()) {
      if (p.wireName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
