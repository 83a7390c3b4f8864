package dev.affectrec.fusion;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import java.time.Instant;

/**
 * Decayed sufficient statistics of one modality's readings at a reference time: the evidence {@code
 * E = sum e_i} and the evidence-weighted sums of distributions, valences and arousals. Immutable;
 * every operation is O(1) (seven labels).
 */
final class ModalityTotals {
  static final ModalityTotals EMPTY =
      new ModalityTotals(new double[Emotion.COUNT], 0, 0, 0, 0, null);

  private final double[] emotionMass;
  private final double valenceMass;
  private final double arousalMass;
  private final double evidence;
  private final int readings;
  private final Instant lastReading;

  private ModalityTotals(
      double[] emotionMass,
      double valenceMass,
      double arousalMass,
      double evidence,
      int readings,
      Instant lastReading) {
    this.emotionMass = emotionMass;
    this.valenceMass = valenceMass;
    this.arousalMass = arousalMass;
    this.evidence = evidence;
    this.readings = readings;
    this.lastReading = lastReading;
  }

  /** These totals with every mass multiplied by {@code factor} (moving the reference time). */
  ModalityTotals scaled(double factor) {
    if (readings == 0 || factor == 1.0) {
      return this;
    }
    double[] mass = new double[Emotion.COUNT];
    for (int i = 0; i < mass.length; i++) {
      mass[i] = emotionMass[i] * factor;
    }
    return new ModalityTotals(
        mass, valenceMass * factor, arousalMass * factor, evidence * factor, readings, lastReading);
  }

  /** These totals plus {@code reading} with evidence {@code confidence * decay}. */
  ModalityTotals plus(EmotionReading reading, double decay) {
    double e = reading.confidence() * decay;
    double[] mass = emotionMass.clone();
    double[] p = reading.emotions().toArray();
    for (int i = 0; i < mass.length; i++) {
      mass[i] += e * p[i];
    }
    Instant last =
        lastReading == null || reading.time().isAfter(lastReading) ? reading.time() : lastReading;
    return new ModalityTotals(
        mass,
        valenceMass + e * reading.valence(),
        arousalMass + e * reading.arousal(),
        evidence + e,
        readings + 1,
        last);
  }

  double[] emotionMass() {
    return emotionMass.clone();
  }

  double valenceMass() {
    return valenceMass;
  }

  double arousalMass() {
    return arousalMass;
  }

  double evidence() {
    return evidence;
  }

  int readings() {
    return readings;
  }

  Instant lastReading() {
    return lastReading;
  }
}
