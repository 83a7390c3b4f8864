package dev.affectrec.analytics.aspect;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aspects and the terms that name them; finds which aspects a text mentions. Terms with Chinese
 * characters match as substrings; other terms match whole lower-case words or word sequences.
 * Immutable and thread-safe.
 */
public final class AspectLexicon {
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final Map<String, List<String>> terms;

  /**
   * A lexicon of {@code terms}: aspect name to its terms, non-empty lists; the order of the map is
   * kept.
   */
  public AspectLexicon(Map<String, List<String>> terms) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    terms.forEach(
        (aspect, list) -> {
          if (aspect.isBlank() || list.isEmpty()) {
            throw new IllegalArgumentException("aspect '" + aspect + "' needs a name and terms");
          }
          copy.put(aspect, List.copyOf(list));
        });
    this.terms = java.util.Collections.unmodifiableMap(copy);
  }

  /** The seed lexicon alone, without mined terms. */
  public static AspectLexicon seed() {
    return new AspectLexicon(SeedAspects.TERMS);
  }

  /** Aspect name to its terms, in lexicon order. */
  public Map<String, List<String>> terms() {
    return terms;
  }

  /** The aspects {@code text} mentions, in lexicon order. */
  public Set<String> mentions(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String words = " " + String.join(" ", words(lower)) + " ";
    Set<String> found = new LinkedHashSet<>();
    terms.forEach(
        (aspect, list) -> {
          for (String term : list) {
            boolean hit =
                HAN.matcher(term).find() ? lower.contains(term) : words.contains(" " + term + " ");
            if (hit) {
              found.add(aspect);
              return;
            }
          }
        });
    return found;
  }

  /** The lower-case ASCII words of {@code lower}, in order. */
  static List<String> words(String lower) {
    List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
