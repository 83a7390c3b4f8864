package dev.affectrec.emotion.text.features;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Extracts n-gram term counts from text. English: lower-cased word 1-2-grams ({@code w:}) plus
 * character 2-5-grams inside space-padded words ({@code c:}). Chinese: character 1-3-grams over the
 * text with whitespace removed ({@code c:}). Stateless and thread-safe.
 */
public enum NgramExtractor {
  /** Word 1-2-grams plus character 2-5-grams. */
  ENGLISH,
  /** Character 1-3-grams. */
  CHINESE;

  /** Term counts of {@code text}; empty for blank text. */
  public Map<String, Integer> counts(String text) {
    Map<String, Integer> out = new HashMap<>();
    if (this == ENGLISH) {
      english(text, out);
    } else {
      chinese(text, out);
    }
    return out;
  }

  private static void english(String text, Map<String, Integer> out) {
    String[] words = EnglishWords.split(text.toLowerCase(Locale.ROOT));
    for (int i = 0; i < words.length; i++) {
      out.merge("w:" + words[i], 1, Integer::sum);
      if (i + 1 < words.length) {
        out.merge("w:" + words[i] + " " + words[i + 1], 1, Integer::sum);
      }
      String padded = " " + words[i] + " ";
      for (int n = 2; n <= 5; n++) {
        for (int s = 0; s + n <= padded.length(); s++) {
          out.merge("c:" + padded.substring(s, s + n), 1, Integer::sum);
        }
      }
    }
  }

  private static void chinese(String text, Map<String, Integer> out) {
    int[] cps = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
    for (int n = 1; n <= 3; n++) {
      for (int s = 0; s + n <= cps.length; s++) {
        out.merge("c:" + new String(cps, s, n), 1, Integer::sum);
      }
    }
  }
}
