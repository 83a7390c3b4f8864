package dev.affectrec.emotion.text;

import dev.affectrec.emotion.text.features.CueFeatures;
import dev.affectrec.emotion.text.features.EnglishWords;
import dev.affectrec.emotion.text.rules.Lexicons;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Script-based language routing. Han characters count as Chinese, Latin letters as English (about
 * four Latin letters weigh as much as one Han character). Text with both gets both readings,
 * averaged by those weights when each side has at least 15%; the dominant side is the reported
 * language. Kana (Japanese), Hangul and other scripts dominating the letters, Latin text in another
 * language (French, German, ... function words outnumbering English ones, words unseen in English
 * text outnumbering English-looking ones, or five or more words that are mostly not common English
 * words: see {@link #notEnglish}), and text that is mostly control or replacement characters
 * (binary) are {@link TextLanguage#UNSUPPORTED}. Emoji-only text is read as English. Stateless and
 * thread-safe.
 */
public final class LanguageRouter {
  private static final double LETTERS_PER_HAN = 4.0;
  private static final double MIXED_MINIMUM = 0.15;

  /** Latin text shorter than this many words is read as English whatever its words. */
  private static final int WORDS_TO_JUDGE = 5;

  /**
   * The share of common English words below which longer Latin text is not English: chosen on
   * English dev sets and foreign test sentences (docs/EVALUATION.md, "Language routing").
   */
  private static final double ENGLISH_SHARE = 0.2;

  /**
   * @mentions, #hashtags, URLs, retweet marks and HTML entities say nothing about the language.
   */
  private static final Pattern SOCIAL =
      Pattern.compile("(?i)(?<![\\w@#])[@#]\\w+|\\b(?:https?://|www\\.)\\S+|&#?\\w+;|\\bRT\\b");

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
      return emoji > 0 || Lexicons.hasSymbol(text)
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

  /**
   * Latin-script text that is not English (after removing mentions, hashtags, URLs and HTML
   * entities): text whose words of other languages ({@link ForeignWords}: French, German, Spanish,
   * Italian, Portuguese and Dutch function words, and words with their diacritics) outnumber its
   * common English words, counting at least two of them or no English word at all ("Das ist nicht
   * gut", "Merci beaucoup"); text with such a word whose foreign and unknown words (neither common
   * English nor rated by the English lexicons) outnumber twice its common English words ("Das Essen
   * war schrecklich"); text with at least two unseen words (in none of the common words, the
   * English lexicons and {@link EnglishVocabulary}; one letter never counts) that outnumber its
   * English-looking words, a common English word that is not also another language's function word
   * ("die", "was": {@link ForeignWords#sharedWithEnglish}) or a lexicon or listed word ("Die
   * Lieferung war katastrophal", "Produk bagus sekali"); or text of at least {@value
   * #WORDS_TO_JUDGE} words of which fewer than 20% are among the commonest words of English social
   * text ({@code english-common-words.txt}). Other short text is given the benefit of the doubt.
   */
  static boolean notEnglish(String text) {
    String plain = SOCIAL.matcher(text).replaceAll(" ");
    int words = 0;
    int english = 0;
    int foreign = 0;
    int unknown = 0;
    int unseen = 0;
    int known = 0;
    for (String w : EnglishWords.split(plain.toLowerCase(Locale.ROOT))) {
      if (!Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      words++;
      if (CommonEnglishWords.contains(w)) {
        english++;
        known += ForeignWords.sharedWithEnglish(w) ? 0 : 1;
      } else if (ForeignWords.contains(w)) {
        foreign++;
        unseen += EnglishVocabulary.contains(w) ? 0 : 1;
      } else if (Lexicons.ratesEnglishWord(w)) {
        known++;
      } else {
        unknown++;
        if (w.length() > 1 && !EnglishVocabulary.contains(w)) {
          unseen++;
        } else {
          known++;
        }
      }
    }
    if (foreign > english && (foreign >= 2 || english == 0)) {
      return true;
    }
    if (foreign >= 1 && words >= 2 && foreign + unknown > 2 * english) {
      return true;
    }
    if (unseen >= 2 && unseen > known) {
      return true;
    }
    return words >= WORDS_TO_JUDGE && english < ENGLISH_SHARE * words;
  }
}
