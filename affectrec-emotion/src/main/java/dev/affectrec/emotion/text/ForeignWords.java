package dev.affectrec.emotion.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Function words and greetings of other Latin-script languages (French, German, Spanish, Italian,
 * Portuguese, Dutch) that are not common English words, loaded once from {@code
 * foreign-common-words.txt}. Thread-safe.
 */
final class ForeignWords {
  private static final Set<String> WORDS = load();

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

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String line : CommonEnglishWords.lines("foreign-common-words.txt")) {
      for (String word : line.split(" ")) {
        if (!word.isEmpty() && !CommonEnglishWords.contains(word)) {
          words.add(word);
        }
      }
    }
    return Set.copyOf(words);
  }
}
