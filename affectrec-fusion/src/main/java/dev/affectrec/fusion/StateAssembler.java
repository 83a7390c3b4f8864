package dev.affectrec.fusion;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.ModalityContribution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-modality totals, already decayed to the state's time, into a fused state: the second,
 * across-modality stage shared by the batch and the incremental paths.
 */
final class StateAssembler {
  private StateAssembler() {}

  static FusionResult assemble(
      String user, Instant at, ModalityTotals[] totals, int ignored, FusionConfig config) {
    int n = FusionModalities.INPUTS.size();
    double[] raw = new double[n];
    double rawSum = 0;
    for (int m = 0; m < n; m++) {
      raw[m] = config.reliabilityOf(FusionModalities.INPUTS.get(m)) * totals[m].evidence();
      rawSum += raw[m];
    }
    if (!(rawSum > 0)) {
      return new FusionResult(
          withContributions(EmotionState.unknown(user, at), contributions(totals, raw, 0, config)),
          Disagreement.NONE,
          ignored);
    }
    EmotionDistribution[] perModality = new EmotionDistribution[n];
    double[] valence = new double[n];
    double[] weight = new double[n];
    double[] fused = new double[Emotion.COUNT];
    double fusedValence = 0;
    double fusedArousal = 0;
    for (int m = 0; m < n; m++) {
      weight[m] = raw[m] / rawSum;
      double evidence = totals[m].evidence();
      if (evidence > 0) {
        perModality[m] = distribution(totals[m]);
        valence[m] = totals[m].valenceMass() / evidence;
        double[] p = perModality[m].toArray();
        for (int i = 0; i < fused.length; i++) {
          fused[i] += weight[m] * p[i];
        }
        fusedValence += weight[m] * valence[m];
        fusedArousal += weight[m] * totals[m].arousalMass() / evidence;
      }
    }
    Disagreement disagreement = disagreement(perModality, valence, weight, config);
    double evidenceConfidence = rawSum / (rawSum + config.evidencePrior());
    double confidence =
        evidenceConfidence * (1 - config.disagreementPenalty() * disagreement.divergence());
    EmotionState state =
        new EmotionState(
            user,
            at,
            EmotionDistribution.normalised(fused),
            clamp(fusedValence, -1, 1),
            clamp(fusedArousal, 0, 1),
            clamp(confidence, 0, 1),
            disagreement.divergence(),
            contributions(totals, raw, rawSum, config));
    return new FusionResult(state, disagreement, ignored);
  }

  private static Disagreement disagreement(
      EmotionDistribution[] perModality, double[] valence, double[] weight, FusionConfig config) {
    List<ModalityPair> pairs = new ArrayList<>();
    double weightedSum = 0;
    double pairWeight = 0;
    boolean conflict = false;
    double threshold = config.valenceConflictThreshold();
    for (int a = 0; a < weight.length; a++) {
      for (int b = a + 1; b < weight.length; b++) {
        if (weight[a] <= 0 || weight[b] <= 0) {
          continue;
        }
        double js = JensenShannon.divergence(perModality[a], perModality[b]);
        boolean pairConflict =
            Math.signum(valence[a]) * Math.signum(valence[b]) < 0
                && Math.abs(valence[a]) >= threshold
                && Math.abs(valence[b]) >= threshold;
        pairs.add(
            new ModalityPair(
                FusionModalities.INPUTS.get(a),
                FusionModalities.INPUTS.get(b),
                js,
                clamp(valence[a] - valence[b], -2, 2),
                pairConflict));
        weightedSum += weight[a] * weight[b] * js;
        pairWeight += weight[a] * weight[b];
        conflict |= pairConflict;
      }
    }
    if (pairs.isEmpty()) {
      return Disagreement.NONE;
    }
    return new Disagreement(clamp(weightedSum / pairWeight, 0, 1), conflict, pairs);
  }

  private static List<ModalityContribution> contributions(
      ModalityTotals[] totals, double[] raw, double rawSum, FusionConfig config) {
    List<ModalityContribution> out = new ArrayList<>();
    for (int m = 0; m < totals.length; m++) {
      ModalityTotals t = totals[m];
      if (t.readings() == 0) {
        continue;
      }
      Modality modality = FusionModalities.INPUTS.get(m);
      double evidence = t.evidence();
      double weight = rawSum > 0 ? clamp(raw[m] / rawSum, 0, 1) : 0;
      EmotionDistribution emotions = evidence > 0 ? distribution(t) : EmotionDistribution.NEUTRAL;
      double confidence = evidence / (evidence + config.evidencePrior());
      out.add(
          new ModalityContribution(
              modality, weight, emotions, confidence, t.readings(), t.lastReading()));
    }
    return out;
  }

  private static EmotionDistribution distribution(ModalityTotals totals) {
    return EmotionDistribution.normalised(totals.emotionMass());
  }

  private static EmotionState withContributions(
      EmotionState state, List<ModalityContribution> contributions) {
    return new EmotionState(
        state.user(),
        state.time(),
        state.emotions(),
        state.valence(),
        state.arousal(),
        state.confidence(),
        state.disagreement(),
        contributions);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
