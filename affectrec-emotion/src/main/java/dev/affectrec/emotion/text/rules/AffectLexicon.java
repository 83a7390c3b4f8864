package dev.affectrec.emotion.text.rules;

import dev.affectrec.api.emotion.Emotion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicons the rules read, loaded once from this package's resources: English word valences
 * (VADER, MIT licence), English and Chinese emotion words, Chinese polar words, emoji and emoticon
 * readings and emoji names. Immutable and thread-safe.
 */
final class AffectLexicon {
  /** English words and two-word phrases ({@code "fed up"}) to their entries. */
  static final Map<String, LexiconEntry> ENGLISH = english();

  /** Chinese words (and Weibo bracket emoticons such as {@code [怒]}) to their entries. */
  static final Map<String, LexiconEntry> CHINESE = chinese();

  /** Longest key of {@link #CHINESE}, in chars. */
  static final int CHINESE_MAX_LENGTH =
      CHINESE.keySet().stream().mapToInt(String::length).max().orElse(1);

  /** Emoji (without U+FE0F) and ASCII emoticons to how people read them. */
  static final Map<String, LexiconEntry> SYMBOLS = symbols();

  private AffectLexicon() {}

  private static Map<String, LexiconEntry> english() {
    Map<String, LexiconEntry> out = new HashMap<>();
    for (String[] row : LexiconResource.rows("vader-valence-en.tsv")) {
      out.put(row[0], new LexiconEntry(Double.parseDouble(row[1]), null));
    }
    emotionWords("emotion-words-en.txt", out, true);
    return Map.copyOf(out);
  }

  private static Map<String, LexiconEntry> chinese() {
    Map<String, LexiconEntry> out = new HashMap<>();
    for (String[] row : LexiconResource.rows("polarity-words-zh.txt")) {
      double valence = row[0].equals("positive") ? 2.0 : -2.0;
      for (String word : row[1].split(" ")) {
        out.put(word, new LexiconEntry(valence, null));
      }
    }
    emotionWords("emotion-words-zh.txt", out, false);
    return Map.copyOf(out);
  }

  /** Adds emotion words; a word VADER rates keeps that valence. */
  private static void emotionWords(String file, Map<String, LexiconEntry> out, boolean english) {
    for (String[] row : LexiconResource.rows(file)) {
      Emotion emotion = Emotion.valueOf(row[0].toUpperCase(Locale.ROOT));
      for (String word : row[1].split(" ")) {
        String key = english ? word.replace('_', ' ') : word;
        LexiconEntry rated = out.get(key);
        double valence =
            rated != null && (rated.valence() != 0 || emotion == Emotion.SURPRISE)
                ? rated.valence()
                : LexiconEntry.defaultValence(emotion);
        out.put(key, new LexiconEntry(valence, emotion));
      }
    }
  }

  private static Map<String, LexiconEntry> symbols() {
    Map<String, LexiconEntry> out = new HashMap<>();
    for (String[] row : LexiconResource.rows("emoji-affect.tsv")) {
      Emotion emotion =
          row[2].equals("-") ? null : Emotion.valueOf(row[2].toUpperCase(Locale.ROOT));
      out.put(row[0], new LexiconEntry(Double.parseDouble(row[1]), emotion));
    }
    return Map.copyOf(out);
  }
}
