package dev.affectrec.behaviour.model;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.util.Objects;

/**
 * One training or evaluation example.
 *
 * @param user non-blank; used to split by user
 * @param features never null
 * @param label never null
 */
public record LabelledSession(String user, SessionFeatures features, Polarity label) {
  /** Validates the fields. */
  public LabelledSession {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(features, "features is required");
    Objects.requireNonNull(label, "label is required");
  }
}
