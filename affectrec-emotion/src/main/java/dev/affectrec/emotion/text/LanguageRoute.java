package dev.affectrec.emotion.text;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * Where a text goes: its reported language and the share of the Chinese reading in a mixed text.
 *
 * @param language the reported (dominant) language, never null
 * @param chineseWeight in [0, 1]: 1 reads the text with the Chinese heads only, 0 with the English
 *     heads only, anything between averages the two readings with this weight on Chinese
 * @param hasContent false for blank, binary or symbol-only text, which gets a neutral reading with
 *     confidence 0
 */
public record LanguageRoute(TextLanguage language, double chineseWeight, boolean hasContent) {

  /** Validates the fields. */
  public LanguageRoute {
    Objects.requireNonNull(language, "language");
    Arguments.requireInRange(chineseWeight, 0, 1, "chineseWeight");
  }

  /** True when the English heads must read the text. */
  public boolean needsEnglish() {
    return hasContent && language != TextLanguage.UNSUPPORTED && chineseWeight < 1;
  }

  /** True when the Chinese heads must read the text. */
  public boolean needsChinese() {
    return hasContent && language != TextLanguage.UNSUPPORTED && chineseWeight > 0;
  }
}
