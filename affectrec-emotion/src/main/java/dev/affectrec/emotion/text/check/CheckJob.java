package dev.affectrec.emotion.text.check;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.emotion.text.TextEmotionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code emotion check}: reads every case of a suite in one batch and scores it. */
public final class CheckJob {
  private final TextEmotionRecognizer recognizer;

  /** A job checking {@code recognizer}. */
  public CheckJob(TextEmotionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** Runs the {@link BehaviouralSuite}. */
  public CheckReport run() {
    return run(BehaviouralSuite.cases());
  }

  /** Runs {@code cases}. */
  public CheckReport run(List<CheckCase> cases) {
    List<TextEmotionResult> results =
        recognizer.readAll(cases.stream().map(CheckCase::text).toList());
    List<CheckReport.Outcome> outcomes = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      TextEmotionResult r = results.get(i);
      outcomes.add(
          new CheckReport.Outcome(cases.get(i), cases.get(i).expectation().passes(r), describe(r)));
    }
    return new CheckReport(outcomes);
  }

  private static String describe(TextEmotionResult r) {
    EmotionReading reading = r.reading();
    return String.format(
        Locale.ROOT,
        "%s %s (neg %.2f neu %.2f pos %.2f, confidence %.2f)",
        r.language().wireName(),
        reading.top().wireName(),
        reading.polarity().negative(),
        reading.polarity().neutral(),
        reading.polarity().positive(),
        reading.confidence());
  }
}
