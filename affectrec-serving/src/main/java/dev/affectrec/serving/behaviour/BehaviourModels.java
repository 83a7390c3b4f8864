package dev.affectrec.serving.behaviour;

import dev.affectrec.api.emotion.Modality;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.fusion.FusionConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The behaviour model shipped in the jar, loaded once per process, and the fusion settings that go
 * with it. Thread-safe.
 */
public final class BehaviourModels {
  private BehaviourModels() {}

  private static final class Shipped {
    static final BehaviourModel MODEL = load();

    private static BehaviourModel load() {
      try {
        return BehaviourModel.loadDefault();
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped behaviour model cannot be read", e);
      }
    }
  }

  /** The shipped model's reliability, read from its header alone (the classifier stays unread). */
  private static final class ShippedReliability {
    static final double VALUE = read();

    private static double read() {
      try {
        return Math.min(
            1, BehaviourModel.reliability(BehaviourModel.defaultProvenance()).orElse(0));
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped behaviour model cannot be read", e);
      }
    }
  }

  /**
   * The shipped model (see docs/EVALUATION.md, "Behaviour emotion"), decoded on the first call:
   * only what reads behaviour sessions needs it.
   */
  public static BehaviourModel shipped() {
    return Shipped.MODEL;
  }

  /**
   * The fusion reliability the shipped model learned on its dev split, capped at 1 (0 when it
   * learned none), without decoding the model: recommending and training need only this number.
   */
  public static double shippedReliability() {
    return ShippedReliability.VALUE;
  }

  /** {@link FusionConfig#defaults()} with the behaviour reliability the shipped model learned. */
  public static FusionConfig fusion() {
    return withBehaviourReliability(FusionConfig.defaults(), shippedReliability());
  }

  /**
   * {@code base} with the BEHAVIOUR reliability set to what {@code model} learned on its dev split
   * ({@link BehaviourModel#reliability()}), or 0 for a model that learned none: a reliability is
   * never set by hand.
   */
  public static FusionConfig fusion(FusionConfig base, BehaviourModel model) {
    return withBehaviourReliability(base, Math.min(1, model.reliability().orElse(0)));
  }

  private static FusionConfig withBehaviourReliability(FusionConfig base, double value) {
    Map<Modality, Double> reliability = new EnumMap<>(base.reliability());
    reliability.put(Modality.BEHAVIOUR, value);
    return base.withReliability(reliability);
  }
}
