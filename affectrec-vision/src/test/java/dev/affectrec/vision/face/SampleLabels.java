package dev.affectrec.vision.face;

import dev.affectrec.api.emotion.Emotion;
import java.util.Map;

/** The expression shown in each of the 7 photos of ../shared/data/face-expression-samples. */
final class SampleLabels {
  static final Map<String, Emotion> TRUTH =
      Map.of(
          "angry.jpg", Emotion.ANGER,
          "disgusted.jpg", Emotion.DISGUST,
          "fearful.jpg", Emotion.FEAR,
          "happy.jpg", Emotion.JOY,
          "neutral.jpg", Emotion.NEUTRAL,
          "sad.jpg", Emotion.SADNESS,
          "surprised.jpg", Emotion.SURPRISE);

  private SampleLabels() {}
}
