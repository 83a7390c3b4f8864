package dev.affectrec.emotion.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Function words and greetings of other Latin-script languages (French, German, Spanish, Italian,
 * Portuguese, Dutch), loaded once from {@code foreign-common-words.txt}: those that are not common
 * English words, and apart from them those that are ("die", "was", "is"). Thread-safe.
 */
final class ForeignWords {
  /** The file's words split by whether they are common English: true for the shared ones. */
  private static final Map<Boolean, Set<String>> BY_SHARED = load();

  private static final Set<String> WORDS = BY_SHARED.get(false);
  private static final Set<String> SHARED = BY_SHARED.get(true);

  private ForeignWords() {}

  /**
   * Whether {@code lowercaseWord} is one of the words, or has a letter with a diacritic English
   * rarely uses (é, ä, ñ, ß, ...) and is not a common English word.
   */
  static boolean contains(String lowercaseWord) {
    if (WORDS.contains(lowercaseWord)) {
      return true;
    }
    if (CommonEnglishWords.contains(lowercaseWord)) {
      return false;
    }
    for (int i = 0; i < lowercaseWord.length(); i++) {
      char c = lowercaseWord.charAt(i);
      if (c >= 0xDF && c <= 0xFF && c != 0xF7) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lowercaseWord} is a common English word that is also one of the other languages'
   * function words, so that its presence says nothing about which language the text is in.
   */
  static boolean sharedWithEnglish(String lowercaseWord) {
    return SHARED.contains(lowercaseWord);
  }

  private static Map<Boolean, Set<String>> load() {
    return CommonEnglishWords.lines("foreign-common-words.txt").stream()
        .flatMap(line -> Arrays.stream(line.split(" ")))
        .filter(word -> !word.isEmpty())
        .collect(
            Collectors.partitioningBy(
                CommonEnglishWords::contains, Collectors.toUnmodifiableSet()));
  }
}
