package dev.affectrec.emotion.text.head;

import java.util.Objects;

/**
 * Which heads of a language's bundle make a reading. The reading's emotions and polarity combine
 * {@link #emotion()} and {@link #polarity()} with further per-dataset heads of the bundle ({@code
 * dev.affectrec.emotion.text.HeadMix}); training uses these two alone. Immutable.
 *
 * @param emotion task of the 7-way unified emotion head, never null
 * @param polarity task of the binary (negative, positive) polarity head, never null
 * @param fine task of the fine-grained labels carried beside the reading, or null for none
 * @param intensity task of the trained intensity head, or null when the language's intensity is
 *     {@link Intensity#derived derived}
 */
public record LanguageTasks(String emotion, String polarity, String fine, String intensity) {
  /**
   * English: the unified heads (emotion: GoEmotions-Ekman and CARER; polarity: SST-2 and VADER),
   * GoEmotions' 28 labels and the trained intensity head.
   */
  public static final LanguageTasks ENGLISH =
      new LanguageTasks("emotion-en", "polarity-en", "goemotions", Intensity.TASK);

  /**
   * Chinese: NLPCC, the unified polarity head (online-shopping and ChnSentiCorp); intensity derived
   * (no sentence-level ratings to train on).
   */
  public static final LanguageTasks CHINESE = new LanguageTasks("nlpcc", "polarity-zh", null, null);

  /** Validates the fields. */
  public LanguageTasks {
    Objects.requireNonNull(emotion, "emotion");
    Objects.requireNonNull(polarity, "polarity");
  }

  /** The tasks of {@code language}: {@code zh} is Chinese, anything else English. */
  public static LanguageTasks of(String language) {
    return language.equals("zh") ? CHINESE : ENGLISH;
  }

  /**
   * Checks that {@code bundle} has every head a reading needs.
   *
   * @throws IllegalArgumentException if one is missing; a bundle without the intensity head gets a
   *     message saying it predates the trained intensity head and how to retrain it
   */
  public void requireHeads(HeadBundle bundle) {
    bundle.head(emotion);
    bundle.head(polarity);
    if (fine != null) {
      bundle.head(fine);
    }
    if (intensity != null && !bundle.heads().containsKey(intensity)) {
      throw new IllegalArgumentException(
          "the "
              + bundle.language()
              + " head bundle (created "
              + bundle.provenance().createdAt()
              + ") has no '"
              + intensity
              + "' head: it predates the trained intensity head. Retrain it with"
              + " `affectrec emotion train --language "
              + bundle.language()
              + " --output DIR`, or use the heads shipped in the jar");
    }
  }
}
