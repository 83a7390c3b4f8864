package dev.affectrec.emotion.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of English text: the 26,493 ASCII words that occur in at least two texts of GoEmotions,
 * SST-2 and CARER train and VADER's ground-truth snippets (the English text the heads learn from or
 * are checked on), loaded once from the classpath resource {@code english-vocabulary.txt}.
 * Thread-safe.
 */
final class EnglishVocabulary {
  private static final Set<String> WORDS =
      Set.copyOf(CommonEnglishWords.lines("english-vocabulary.txt"));

  /** A letter written three or more times in a row. */
  private static final Pattern ELONGATED = Pattern.compile("(\\p{L})\\1{2,}");

  /** Inflections tried when a word is not in the list itself; longest first. */
  private static final String[] SUFFIXES = {"ing", "ed", "es", "ly", "s", "d"};

  private EnglishVocabulary() {}

  /**
   * Whether {@code lowercaseWord} is one of the words: as written, with an English inflection
   * removed ("upgrades", "jammed", "charging", "lavishly" when "upgrade", "jam", "charge" or
   * "lavish" is), or with every run of three or more equal letters cut to two or to one ("sooooo",
   * "wtffff" and "yesss" are known).
   */
  static boolean contains(String lowercaseWord) {
    if (knownOrInflected(lowercaseWord)) {
      return true;
    }
    String two = ELONGATED.matcher(lowercaseWord).replaceAll("$1$1");
    if (two.equals(lowercaseWord)) {
      return false;
    }
    return knownOrInflected(two)
        || knownOrInflected(ELONGATED.matcher(lowercaseWord).replaceAll("$1"));
  }

  private static boolean knownOrInflected(String word) {
    if (WORDS.contains(word)) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
        String stem = word.substring(0, word.length() - suffix.length());
        if (WORDS.contains(stem) || WORDS.contains(stem + "e") || doubled(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "jammed": the stem "jamm" ends in a doubled consonant, and "jam" is a word. */
  private static boolean doubled(String stem) {
    int n = stem.length();
    return n > 2
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && WORDS.contains(stem.substring(0, n - 1));
  }
}
