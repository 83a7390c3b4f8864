package dev.affectrec.emotion.text.check;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * One minimal test case.
 *
 * @param capability what it tests, for example {@code negated-positive}; never blank
 * @param language {@code en}, {@code zh}, {@code en+zh} or {@code other}; never blank
 * @param text the input; never null
 * @param expectation what a person reads in it; never null
 */
public record CheckCase(String capability, String language, String text, Expectation expectation) {
  /** Validates the fields. */
  public CheckCase {
    Arguments.requireNonBlank(capability, "capability");
    Arguments.requireNonBlank(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expectation, "expectation");
  }
}
