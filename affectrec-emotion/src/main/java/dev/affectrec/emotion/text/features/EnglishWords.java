package dev.affectrec.emotion.text.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens: runs of letters, digits and apostrophes, and every other non-space
 * character (punctuation, emoji) as a token of its own. Stateless.
 */
public final class EnglishWords {
  private EnglishWords() {}

  /** The tokens of {@code text} in order; empty for blank text. */
  public static String[] split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp) || cp == '\'') {
                word.appendCodePoint(cp);
                return;
              }
              if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
              }
              if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                out.add(new String(Character.toChars(cp)));
              }
            });
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out.toArray(new String[0]);
  }
}
