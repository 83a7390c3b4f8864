package dev.affectrec.vision.face;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.vision.detect.FaceBox;
import java.util.Objects;

/**
 * One face's result.
 *
 * @param box where the face is, in image pixels, with the detector score
 * @param emotions expression distribution over the unified labels
 * @param confidence in [0, 1]: detector score × (1 − normalised entropy of {@code emotions})
 */
public record FaceReading(FaceBox box, EmotionDistribution emotions, double confidence) {

  /** Validates. */
  public FaceReading {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(emotions, "emotions");
    dev.affectrec.api.Arguments.requireInRange(confidence, 0, 1, "confidence");
  }

  /** Combines the detector score and the expression entropy into a confidence. */
  public static FaceReading of(FaceBox box, EmotionDistribution emotions) {
    double confidence = box.score() * (1 - emotions.normalisedEntropy());
    return new FaceReading(box, emotions, Math.min(1, Math.max(0, confidence)));
  }

  /** The most probable label. */
  public Emotion top() {
    return emotions.top();
  }
}
