package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.provenance.ConfigParameters;
import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Trains a {@link BehaviourModel}. Thread-safe: each call builds its own Tribuo trainer. */
public final class BehaviourTrainer {
  /** The version written into provenance. */
  public static final String VERSION = "0.1.0";

  private final TrainerConfig config;
  private final Clock clock;

  /** A trainer with {@code config}, never null. */
  public BehaviourTrainer(TrainerConfig config) {
    this(config, Clock.systemUTC());
  }

  /** A trainer as above whose models record {@code clock}'s time as their creation time. */
  public BehaviourTrainer(TrainerConfig config, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.config = Objects.requireNonNull(config, "config is required");
  }

  /**
   * Trains on {@code examples}.
   *
   * @param examples at least one, with at least two distinct labels
   * @param labelSource name of the label source, recorded in provenance
   * @param datasets data name to content hash, recorded in provenance; never null
   * @param metrics dev metrics to record, never null (may be empty)
   * @throws IllegalArgumentException for no examples or a single label
   */
  public BehaviourModel train(
      List<LabelledSession> examples,
      String labelSource,
      Map<String, String> datasets,
      Map<String, Double> metrics) {
    Objects.requireNonNull(examples, "examples is required");
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("cannot train on no examples");
    }
    if (examples.stream().map(LabelledSession::label).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs at least two distinct labels");
    }
    String[] names = SessionFeatures.modelFeatureNames().toArray(String[]::new);
    MutableDataset<Label> data =
        new MutableDataset<>(
            new SimpleDataSourceProvenance(
                "affectrec behaviour sessions (" + labelSource + ")", LabelFactoryHolder.FACTORY),
            LabelFactoryHolder.FACTORY);
    for (LabelledSession example : examples) {
      data.add(
          new ArrayExample<>(
              new Label(example.label().wireName()), names, example.features().modelValues()));
    }
    if (config.balanceClasses()) {
      data.setWeights(balancedWeights(examples));
    }
    CARTClassificationTrainer tree =
        new CARTClassificationTrainer(
            config.maxDepth(), (float) config.featureFraction(), config.seed());
    RandomForestTrainer<Label> forest =
        new RandomForestTrainer<>(tree, new VotingCombiner(), config.trees(), config.seed());
    Model<Label> model = forest.train(data);
    Map<String, String> parameters = new TreeMap<>(ConfigParameters.of(config));
    parameters.put("labelSource", labelSource);
    parameters.put("examples", Integer.toString(examples.size()));
    Provenance provenance =
        new Provenance(
            "behaviour-random-forest",
            VERSION,
            clock.instant(),
            datasets,
            parameters,
            config.seed(),
            metrics);
    return new BehaviourModel(model, provenance, List.of(names));
  }

  private static Map<Label, Float> balancedWeights(List<LabelledSession> examples) {
    Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
    Map<Label, Float> weights = new HashMap<>();
    counts.forEach(
        (label, count) ->
            weights.put(
                new Label(label.wireName()),
                (float) examples.size() / (counts.size() * (float) count)));
    return weights;
  }
}
