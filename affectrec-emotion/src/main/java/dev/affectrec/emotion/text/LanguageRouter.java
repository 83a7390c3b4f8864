package dev.affectrec.emotion.text;

import dev.affectrec.emotion.text.features.CueFeatures;
import dev.affectrec.emotion.text.features.EnglishWords;
import java.util.Locale;
import java.util.Set;

/**
 * Script-based language routing. Han characters count as Chinese, Latin letters as English (about
 * four Latin letters weigh as much as one Han character). Text with both gets both readings,
 * averaged by those weights when each side has at least 15%; the dominant side is the reported
 * language. Kana (Japanese), Hangul and other scripts dominating the letters, Latin text of five or
 * more words without a single common English word, and text that is mostly control or replacement
 * characters (binary) are {@link TextLanguage#UNSUPPORTED}. Emoji-only text is read as English.
 * Stateless and thread-safe.
 */
public final class LanguageRouter {
  private static final double LETTERS_PER_HAN = 4.0;
  private static final double MIXED_MINIMUM = 0.15;
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "but", "i", "you", "he", "she", "it", "we", "they", "is",
          "are", "was", "were", "be", "to", "of", "in", "on", "at", "for", "with", "this", "that",
          "not", "no", "my", "your", "so", "very", "do", "don't", "have", "has", "me", "what",
          "just", "love", "like", "can", "it's", "i'm", "all", "good", "bad", "if", "as", "from");

  private LanguageRouter() {}

  /** Routes {@code text}; never null. */
  public static LanguageRoute route(String text) {
    int han = 0;
    int latin = 0;
    int kana = 0;
    int other = 0;
    int junk = 0;
    int emoji = 0;
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total++;
      if (cp == 0xFFFD || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) {
        junk++;
      } else if (CueFeatures.isEmoji(cp)) {
        emoji++;
      } else if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        switch (script) {
          case HAN -> han++;
          case LATIN -> latin++;
          case HIRAGANA, KATAKANA -> kana++;
          default -> other++;
        }
      }
    }
    int letters = han + latin + kana + other;
    if (total == 0 || junk > 0.1 * total) {
      return new LanguageRoute(TextLanguage.UNSUPPORTED, 0, junk > 0);
    }
    if (letters == 0) {
      return emoji > 0
          ? new LanguageRoute(TextLanguage.EN, 0, true)
          : new LanguageRoute(TextLanguage.UNSUPPORTED, 0, false);
    }
    if (kana > 0.1 * letters || other > 0.5 * letters) {
      return new LanguageRoute(TextLanguage.UNSUPPORTED, 0, true);
    }
    double zhWeight = han / (han + latin / LETTERS_PER_HAN);
    if (zhWeight < MIXED_MINIMUM) {
      return notEnglish(text)
          ? new LanguageRoute(TextLanguage.UNSUPPORTED, 0, true)
          : new LanguageRoute(TextLanguage.EN, 0, true);
    }
    if (zhWeight > 1 - MIXED_MINIMUM) {
      return new LanguageRoute(TextLanguage.ZH, 1, true);
    }
    return new LanguageRoute(zhWeight >= 0.5 ? TextLanguage.ZH : TextLanguage.EN, zhWeight, true);
  }

  private static boolean notEnglish(String text) {
    int words = 0;
    for (String w : EnglishWords.split(text.toLowerCase(Locale.ROOT))) {
      if (Character.isLetter(w.codePointAt(0))) {
        words++;
        if (ENGLISH_WORDS.contains(w)) {
          return false;
        }
      }
    }
    return words >= 5;
  }
}
