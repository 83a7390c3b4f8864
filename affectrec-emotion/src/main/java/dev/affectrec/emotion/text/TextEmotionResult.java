package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.io.emotion.EmotionJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text-specific result of reading one text: the modality-neutral {@link EmotionReading} plus
 * the language and, for English, GoEmotions' 28 fine labels. Immutable.
 *
 * @param language never null
 * @param reading never null, modality TEXT
 * @param goEmotions label to probability in GoEmotions order (summing to 1); empty unless the text
 *     was read (at least partly) by the English heads
 */
public record TextEmotionResult(
    TextLanguage language, EmotionReading reading, Map<String, Double> goEmotions) {

  /** Validates and copies. */
  public TextEmotionResult {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(reading, "reading");
    goEmotions = Collections.unmodifiableMap(new LinkedHashMap<>(goEmotions));
  }

  /** The JSON object of the wire format ({@link EmotionJson#textReading}), on one line. */
  public String toJson() {
    return EmotionJson.line(EmotionJson.textReading(language.wireName(), reading, goEmotions));
  }
}
