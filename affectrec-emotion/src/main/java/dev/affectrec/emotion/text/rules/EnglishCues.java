package dev.affectrec.emotion.text.rules;

import dev.affectrec.emotion.text.features.CueFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English lexicon words and phrases, the negation words that govern them (up to three words
 * before, within the clause, as VADER does) and the last contrast word ({@code but}, {@code
 * however}). Stateless.
 */
final class EnglishCues {
  private static final int NEGATION_REACH = 3;

  /** Negations typed without the apostrophe, beside {@link CueFeatures#isEnglishNegation}'s. */
  private static final Set<String> UNAPOSTROPHED_NEGATIONS =
      Set.of(
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "arent",
          "werent",
          "cant",
          "wont",
          "wouldnt",
          "shouldnt",
          "couldnt",
          "aint",
          "havent",
          "hasnt",
          "hadnt");

  private static final Set<String> CONTRASTS = Set.of("but", "however");

  /** "I don't think it is good": after these a negation reaches to the end of the clause. */
  private static final Set<String> OPINION_VERBS =
      Set.of("think", "believe", "feel", "find", "guess", "say", "expect", "suppose");

  /** "couldn't be happier", "never been better": a negated comparative after be keeps its sign. */
  private static final Set<String> COMPARATIVES =
      Set.of("better", "happier", "worse", "best", "worst");

  /**
   * Words VADER rates that are too often something else (the preposition "like", "pretty bad") to
   * count as sentiment.
   */
  private static final Set<String> IGNORED = Set.of("like", "pretty", "kind", "well", "please");

  private EnglishCues() {}

  /** Lexicon hits of {@code text}; returns the offset of the last contrast word, or -1. */
  static int scan(String text, List<CueHit> hits) {
    List<String> words = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    tokens(text, words, offsets);
    int contrast = -1;
    int negation = Integer.MIN_VALUE / 2;
    boolean wide = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!Character.isLetterOrDigit(word.codePointAt(0))) {
        negation = Integer.MIN_VALUE / 2;
        wide = false;
        continue;
      }
      if (CONTRASTS.contains(word)) {
        contrast = offsets.get(i);
        negation = Integer.MIN_VALUE / 2;
        wide = false;
        continue;
      }
      if (OPINION_VERBS.contains(word) && i - negation == 1) {
        wide = true;
        continue;
      }
      LexiconEntry phrase =
          i + 1 < words.size() ? AffectLexicon.ENGLISH.get(word + " " + words.get(i + 1)) : null;
      if (phrase != null) {
        hits.add(new CueHit(offsets.get(i), phrase, wide || negated(words, negation, i)));
        i++;
        continue;
      }
      if (isNegation(word)) {
        negation = i;
        continue;
      }
      LexiconEntry entry = IGNORED.contains(word) ? null : AffectLexicon.ENGLISH.get(word);
      if (entry != null) {
        hits.add(new CueHit(offsets.get(i), entry, wide || negated(words, negation, i)));
      }
    }
    return contrast;
  }

  /** Whether {@code lowercaseWord} is an English word the lexicons rate (VADER or emotion). */
  static boolean rated(String lowercaseWord) {
    return AffectLexicon.ENGLISH.containsKey(lowercaseWord);
  }

  static boolean isNegation(String word) {
    return CueFeatures.isEnglishNegation(word) || UNAPOSTROPHED_NEGATIONS.contains(word);
  }

  private static boolean negated(List<String> words, int negation, int i) {
    if (i - negation > NEGATION_REACH) {
      return false;
    }
    if (COMPARATIVES.contains(words.get(i))) {
      for (int k = negation + 1; k < i; k++) {
        if (words.get(k).equals("be") || words.get(k).equals("been")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Lower-case words (letters, digits, apostrophes) and single punctuation marks, with offsets. */
  private static void tokens(String text, List<String> words, List<Integer> offsets) {
    StringBuilder word = new StringBuilder();
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == '\u2019') {
        cp = '\'';
      }
      if (Character.isLetterOrDigit(cp) || (cp == '\'' && word.length() > 0)) {
        if (word.length() == 0) {
          start = i;
        }
        word.appendCodePoint(cp);
      } else {
        flush(word, start, words, offsets);
        if (".,!?;:".indexOf(cp) >= 0) {
          words.add(String.valueOf((char) cp));
          offsets.add(i);
        }
      }
      i += Character.charCount(cp);
    }
    flush(word, start, words, offsets);
  }

  private static void flush(
      StringBuilder word, int start, List<String> words, List<Integer> offsets) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      offsets.add(start);
      word.setLength(0);
    }
  }
}
