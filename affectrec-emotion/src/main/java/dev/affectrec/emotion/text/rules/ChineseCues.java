package dev.affectrec.emotion.text.rules;

import java.util.List;

/**
 * Finds Chinese lexicon words by longest match, the negation words that govern them (within the
 * clause, up to six characters before) and the last contrast word (但是, 不过, 可是, 然而, 但, 却). Words
 * that start with a negation character but do not negate (非常, 不同, 特别, 无比, ...) are stepped over. A
 * single-character word (好, 差, ...) counts only at the end of a clause or before a particle, so 好像
 * and 美国 are not praise. Stateless.
 */
final class ChineseCues {
  private static final int NEGATION_REACH = 6;
  private static final String CLAUSE_ENDS = "，。！？；、,.!?;~～…\n\r\t ";
  private static final String PARTICLES = "了的啊呀吧哦呢啦嘛";
  private static final List<String> CONTRASTS = List.of("但是", "不过", "可是", "然而", "但", "却");
  private static final List<String> NEGATIONS =
      List.of(
          "一点也不", "一点都不", "并没有", "不怎么", "不是", "并不", "没有", "毫不", "从不", "从没", "绝不", "不太", "不够", "不",
          "没", "别", "无", "未", "非", "勿", "莫");
  private static final List<String> NOT_NEGATIONS =
      List.of(
          "不好意思", "不得不", "差不多", "不同", "不断", "不久", "不少", "不仅", "不但", "不管", "不论", "不停", "不止", "不免",
          "不如", "不用", "不必", "没事", "无论", "无限", "无比", "无敌", "无数", "非常", "非凡", "未来", "特别", "区别", "分别",
          "告别", "别人", "别的");

  private ChineseCues() {}

  /** Lexicon hits of {@code text}; returns the offset of the last contrast word, or -1. */
  static int scan(String text, List<CueHit> hits) {
    int contrast = -1;
    int negationEnd = -1;
    int negations = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (CLAUSE_ENDS.indexOf(c) >= 0) {
        negations = 0;
        i++;
        continue;
      }
      String skip = startsWithAny(text, i, NOT_NEGATIONS);
      if (skip != null) {
        i += skip.length();
        continue;
      }
      String turn = startsWithAny(text, i, CONTRASTS);
      if (turn != null) {
        contrast = i;
        negations = 0;
        i += turn.length();
        continue;
      }
      String word = lexiconWord(text, i);
      if (word != null) {
        boolean negated = negations % 2 == 1 && i - negationEnd <= NEGATION_REACH;
        hits.add(new CueHit(i, AffectLexicon.CHINESE.get(word), negated));
        negations = 0;
        i += word.length();
        continue;
      }
      String negation = startsWithAny(text, i, NEGATIONS);
      if (negation != null) {
        negations++;
        negationEnd = i + negation.length();
        i += negation.length();
        continue;
      }
      i++;
    }
    return contrast;
  }

  private static String lexiconWord(String text, int i) {
    int max = Math.min(AffectLexicon.CHINESE_MAX_LENGTH, text.length() - i);
    for (int len = max; len >= 1; len--) {
      String candidate = text.substring(i, i + len);
      if (AffectLexicon.CHINESE.containsKey(candidate) && (len > 1 || endsClause(text, i + 1))) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean endsClause(String text, int next) {
    if (next >= text.length()) {
      return true;
    }
    char c = text.charAt(next);
    return PARTICLES.indexOf(c) >= 0
        || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
  }

  private static String startsWithAny(String text, int i, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, i)) {
        return w;
      }
    }
    return null;
  }
}
