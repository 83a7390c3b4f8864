package dev.affectrec.emotion.text.data;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * One text with a human intensity rating.
 *
 * @param text never null
 * @param intensity the target in [0, 1]: 0 is neutral, 1 the strongest rating of the scale
 * @param source the file (or corpus) the text came from, for per-source metrics; never blank
 */
public record RatedText(String text, double intensity, String source) {

  /** Validates the fields. */
  public RatedText {
    Objects.requireNonNull(text, "text");
    Arguments.requireInRange(intensity, 0, 1, "intensity");
    Arguments.requireNonBlank(source, "source");
  }
}
