package dev.affectrec.api.recommend;

import dev.affectrec.api.emotion.Emotion;
import java.util.Objects;

/**
 * One structured reason for a recommendation, with human text in English and Chinese.
 *
 * @param type never null
 * @param item the item the reason refers to, or null
 * @param emotion the emotion the reason refers to, or null
 * @param text one line of English, never null
 * @param textZh one line of Chinese, never null
 */
public record Reason(ReasonType type, String item, Emotion emotion, String text, String textZh) {

  /** Validates the required fields. */
  public Reason {
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(textZh, "textZh is required");
  }
}
