package dev.affectrec.emotion.text.rules;

import java.util.List;

/**
 * Finds emoji (with or without the variation selector U+FE0F) and ASCII emoticons (standing alone
 * between spaces or after a Han character, optionally followed by punctuation) that {@code
 * emoji-affect.tsv} reads. Stateless.
 */
final class SymbolCues {
  private static final int VARIATION_SELECTOR = 0xFE0F;
  private static final String TRAILING_PUNCTUATION = ".,!?;";

  private SymbolCues() {}

  /** Whether {@code text} has an emoji or emoticon this class reads. */
  static boolean any(String text) {
    return scan(text, new java.util.ArrayList<>()) > 0;
  }

  /** Adds a hit for every emoji and emoticon of {@code text}; returns how many it added. */
  static int scan(String text, List<CueHit> hits) {
    int found = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp >= 0x2600 && cp != VARIATION_SELECTOR) {
        LexiconEntry entry = AffectLexicon.SYMBOLS.get(new String(Character.toChars(cp)));
        if (entry != null) {
          hits.add(new CueHit(i, entry, false));
          found++;
        }
      }
      i += width;
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        found += emoticon(text, start, i, hits);
        start = -1;
      }
    }
    return found;
  }

  private static int emoticon(String text, int start, int end, List<CueHit> hits) {
    // Chinese text glues emoticons to the words before them: "刚到家:)".
    for (int k = end - 1; k > start; k--) {
      if (Character.UnicodeScript.of(text.charAt(k - 1)) == Character.UnicodeScript.HAN) {
        start = k;
        break;
      }
    }
    String chunk = text.substring(start, end);
    LexiconEntry entry = AffectLexicon.SYMBOLS.get(chunk);
    while (entry == null
        && chunk.length() > 2
        && TRAILING_PUNCTUATION.indexOf(chunk.charAt(chunk.length() - 1)) >= 0) {
      chunk = chunk.substring(0, chunk.length() - 1);
      entry = AffectLexicon.SYMBOLS.get(chunk);
    }
    if (entry == null || chunk.codePoints().anyMatch(cp -> cp >= 0x2600)) {
      return 0;
    }
    hits.add(new CueHit(start, entry, false));
    return 1;
  }
}
