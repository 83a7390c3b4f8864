package dev.affectrec.emotion.text.features;

import java.util.Set;

/**
 * Cheap surface cues appended to the embedding head's input: negation words, exclamation and
 * question marks, shouting (upper-case share), emoji and length, each squashed into [0, 1]. Needs
 * no data files. Stateless and thread-safe.
 */
public final class CueFeatures {
  /** Number of cue features. */
  public static final int COUNT = 6;

  private static final Set<String> ENGLISH_NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "none",
          "nobody",
          "nothing",
          "neither",
          "nor",
          "without",
          "cannot",
          "can't",
          "don't",
          "doesn't",
          "didn't",
          "isn't",
          "wasn't",
          "aren't",
          "won't",
          "wouldn't",
          "shouldn't",
          "couldn't",
          "hardly",
          "barely",
          "n't");
  private static final String CHINESE_NEGATIONS = "不没無无别未非莫勿";

  private CueFeatures() {}

  /** The cue vector of {@code text} (length {@link #COUNT}, values in [0, 1]). */
  public static float[] of(String text, boolean chinese) {
    int negations = 0;
    int exclamations = 0;
    int questions = 0;
    int upper = 0;
    int letters = 0;
    int emoji = 0;
    int length = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      length++;
      if (cp == '!' || cp == '！') {
        exclamations++;
      } else if (cp == '?' || cp == '？') {
        questions++;
      } else if (Character.isLetter(cp) && cp < 0x250) {
        letters++;
        if (Character.isUpperCase(cp)) {
          upper++;
        }
      } else if (isEmoji(cp)) {
        emoji++;
      } else if (chinese && CHINESE_NEGATIONS.indexOf(cp) >= 0) {
        negations++;
      }
    }
    if (!chinese) {
      for (String word : EnglishWords.split(text.toLowerCase(java.util.Locale.ROOT))) {
        if (isEnglishNegation(word)) {
          negations++;
        }
      }
    }
    return new float[] {
      squash(negations),
      squash(exclamations),
      squash(questions),
      letters < 4 ? 0f : (float) upper / letters,
      squash(emoji),
      (float) Math.min(1.0, Math.log1p(length) / Math.log(1000))
    };
  }

  /** Whether the lower-case word negates: not, no, never, ..., and every word ending in n't. */
  public static boolean isEnglishNegation(String lowercaseWord) {
    return ENGLISH_NEGATIONS.contains(lowercaseWord) || lowercaseWord.endsWith("n't");
  }

  /** True for code points in the main emoji and pictograph blocks. */
  public static boolean isEmoji(int cp) {
    return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
  }

  private static float squash(int count) {
    return (float) (1 - Math.exp(-count / 2.0));
  }
}
