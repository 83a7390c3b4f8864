package dev.affectrec.emotion.text.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Spells emoji out for the encoders, whose word-piece vocabularies have no emoji (each became
 * {@code [UNK]}): every emoji or emoji sequence of VADER's emoji lexicon ({@code emoji-names.tsv},
 * MIT licence) is replaced by its English description between spaces, so "so angry 😡" reaches the
 * encoder as "so angry pouting face". Longest sequence first; the variation selector U+FE0F is
 * dropped. Thread-safe.
 */
public final class EmojiNames {
  private static final Map<String, String> NAMES = load();
  private static final int MAX_CHARS =
      NAMES.keySet().stream().mapToInt(String::length).max().orElse(1);
  private static final char VARIATION_SELECTOR = '\uFE0F';

  private EmojiNames() {}

  /** {@code text} with its emoji spelled out; the same instance when it has none. */
  public static String describe(String text) {
    if (!mayHaveEmoji(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    boolean changed = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == VARIATION_SELECTOR) {
        changed = true;
        i++;
        continue;
      }
      String name = null;
      int length = 0;
      if (emojiStart(c)) {
        for (int len = Math.min(MAX_CHARS, text.length() - i); len >= 1 && name == null; len--) {
          name = NAMES.get(text.substring(i, i + len));
          length = len;
        }
      }
      if (name != null) {
        out.append(' ').append(name).append(' ');
        changed = true;
        i += length;
      } else {
        out.append(c);
        i++;
      }
    }
    return changed ? out.toString() : text;
  }

  private static boolean mayHaveEmoji(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (emojiStart(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Emoji start with a surrogate pair or sit in U+2000..U+2FFF (★, ☺, ❤, ...). */
  private static boolean emojiStart(char c) {
    return Character.isHighSurrogate(c) || (c >= 0x2000 && c < 0x3000);
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    for (String[] row : LexiconResource.rows("emoji-names.tsv")) {
      if (row.length >= 2) {
        names.putIfAbsent(row[0].replace(String.valueOf(VARIATION_SELECTOR), ""), row[1].strip());
      }
    }
    return Map.copyOf(names);
  }
}
