package dev.affectrec.analytics.aspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the {@link SeedAspects seed lexicon} with aspect terms mined from review texts, so that
 * what a shop's customers actually talk about (a pump, a cap, 屏幕) becomes an aspect too.
 *
 * <ul>
 *   <li>English: nouns are approximated by words that follow a determiner or possessive ("the
 *       pump", "my hair"); a word qualifies when at least {@code minReviews} reviews use it so, at
 *       least a third of its uses follow a determiner, and it is not a generic word.
 *   <li>Chinese: a two-character term directly followed by a degree word or evaluation ("屏幕很",
 *       "质量不", "味道太") in at least {@code minReviews} reviews, unless it is a function word, holds a
 *       function character (不, 也, 是 ...) or is part of a longer seed term.
 * </ul>
 *
 * <p>A mined term that is already a seed term stays with its seed aspect; the others become aspects
 * named by the term, the {@value #MAX_MINED} most frequent at most. Stateless.
 */
public final class AspectMiner {
  /** Mined aspects kept at most. */
  public static final int MAX_MINED = 40;

  private static final Set<String> DETERMINERS =
      Set.of("the", "this", "that", "these", "those", "its", "my", "their", "your", "his", "her");
  private static final Set<String> GENERIC =
      Set.copyOf(
          List.of(
              "product",
              "products",
              "item",
              "items",
              "one",
              "ones",
              "thing",
              "things",
              "way",
              "time",
              "times",
              "stuff",
              "brand",
              "company",
              "amazon",
              "review",
              "reviews",
              "order",
              "use",
              "same",
              "other",
              "first",
              "last",
              "rest",
              "end",
              "day",
              "days",
              "lot",
              "reason",
              "best",
              "most",
              "only",
              "whole",
              "new",
              "next",
              "past",
              "world",
              "market",
              "morning",
              "night",
              "top",
              "bottom",
              "way",
              "fact",
              "case",
              "kind",
              "type",
              "stars",
              "star",
              "and",
              "but",
              "was",
              "for",
              "not",
              "very",
              "more",
              "less",
              "much",
              "many",
              "all",
              "two",
              "few",
              "first",
              "second",
              "work",
              "works",
              "job",
              "price",
              "market",
              "family",
              "husband",
              "wife",
              "favorite",
              "favourite",
              "store",
              "stores",
              "daughter",
              "son",
              "mother",
              "friend",
              "friends",
              "person",
              "people",
              "life"));
  private static final Pattern CHINESE_ASPECT =
      Pattern.compile("(\\p{IsHan}{2})(?=很|太|不|挺|非常|特别|比较|真|超|还|也|一般|好|差)");
  private static final Set<String> CHINESE_FUNCTION =
      Set.copyOf(
          List.of(
              "感觉", "东西", "这个", "那个", "就是", "我们", "还是", "觉得", "一个", "真的", "但是", "而且", "不过", "宝贝",
              "商品", "总体", "整体", "总的", "来说", "其他", "其它", "的确", "确实", "实在", "自己", "大家", "朋友", "已经",
              "可以", "应该", "非常", "特别", "比较", "一般", "用的", "买的", "店家", "速度", "下次", "以后", "现在", "今天",
              "时候", "本来", "以前", "老公", "孩子", "个人"));

  /** Characters that make a two-character term a phrase fragment rather than a noun. */
  private static final Pattern FUNCTION_CHAR = Pattern.compile("[不也很是了的都就还起来说得么吗呢啊]");

  private AspectMiner() {}

  /** Whether {@code term} is part of a longer seed term ("价比" of "性价比"). */
  private static boolean insideSeedTerm(String term) {
    return SeedAspects.TERMS.values().stream()
        .flatMap(List::stream)
        .anyMatch(seed -> seed.length() > term.length() && seed.contains(term));
  }

  /** The seed lexicon expanded with what {@code texts} mention often enough. */
  public static AspectLexicon mine(Collection<String> texts, int minReviews) {
    Map<String, Integer> mined = new HashMap<>();
    Map<String, Integer> afterDeterminer = new HashMap<>();
    Map<String, Integer> anywhere = new HashMap<>();
    for (String text : texts) {
      String lower = text.toLowerCase(Locale.ROOT);
      List<String> words = AspectLexicon.words(lower);
      Set<String> seenAfter = new HashSet<>();
      Set<String> seenAny = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        seenAny.add(word);
        if (i > 0 && DETERMINERS.contains(words.get(i - 1))) {
          seenAfter.add(word);
        }
      }
      seenAfter.forEach(w -> afterDeterminer.merge(w, 1, Integer::sum));
      seenAny.forEach(w -> anywhere.merge(w, 1, Integer::sum));
      Set<String> chinese = new HashSet<>();
      Matcher m = CHINESE_ASPECT.matcher(text);
      while (m.find()) {
        chinese.add(m.group(1));
      }
      chinese.forEach(t -> mined.merge(t, 1, Integer::sum));
    }
    afterDeterminer.forEach(
        (word, n) -> {
          if (n >= minReviews
              && word.length() >= 3
              && !GENERIC.contains(word)
              && n * 3 >= anywhere.get(word)) {
            mined.put(word, n);
          }
        });
    mined.keySet().removeIf(t -> CHINESE_FUNCTION.contains(t) || FUNCTION_CHAR.matcher(t).find());
    mined.keySet().removeIf(AspectMiner::insideSeedTerm);
    mined.values().removeIf(n -> n < minReviews);
    return expand(mined);
  }

  private static AspectLexicon expand(Map<String, Integer> mined) {
    Set<String> seedTerms = new HashSet<>();
    SeedAspects.TERMS.values().forEach(seedTerms::addAll);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(mined.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, List<String>> terms = new LinkedHashMap<>(SeedAspects.TERMS);
    int added = 0;
    for (Map.Entry<String, Integer> entry : ranked) {
      String term = entry.getKey();
      if (added == MAX_MINED) {
        break;
      }
      if (!seedTerms.contains(term) && !terms.containsKey(term)) {
        terms.put(term, List.of(term));
        added++;
      }
    }
    return new AspectLexicon(terms);
  }
}
