package dev.affectrec.emotion.text.rules;

import java.util.Locale;

/** Public questions about the English lexicons, for language routing. Stateless. */
public final class Lexicons {
  private Lexicons() {}

  /** Whether VADER or the emotion-word list rates {@code word} (compared in lower case). */
  public static boolean ratesEnglishWord(String word) {
    return EnglishCues.rated(word.toLowerCase(Locale.ROOT)) || EnglishCues.isNegation(word);
  }

  /** Whether {@code text} holds an emoji or ASCII emoticon the rules read. */
  public static boolean hasSymbol(String text) {
    return SymbolCues.any(text);
  }
}
