package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * A trained session classifier with its provenance. Models trained on session outcomes predict
 * {@code positive} (the session ends satisfied) against {@code negative} (unsatisfied); older
 * models also predict {@code neutral}. A model file names its features, so a model trained on an
 * older feature list still loads and is fed those features. Immutable; {@link #predict} is safe for
 * concurrent use (Tribuo models are thread-safe for prediction).
 */
public final class BehaviourModel {
  private final Model<Label> model;
  private final Provenance provenance;
  private final List<String> featureNames;
  private final String[] featureNameArray;

  BehaviourModel(Model<Label> model, Provenance provenance, List<String> featureNames) {
    this.model = Objects.requireNonNull(model, "model is required");
    this.provenance = Objects.requireNonNull(provenance, "provenance is required");
    this.featureNames = List.copyOf(featureNames);
    this.featureNameArray = this.featureNames.toArray(String[]::new);
  }

  /** Where the model came from, never null. */
  public Provenance provenance() {
    return provenance;
  }

  /** This model with {@code metrics} recorded in its provenance (for example after evaluation). */
  public BehaviourModel withMetrics(Map<String, Double> metrics) {
    Provenance p = provenance;
    return new BehaviourModel(
        model,
        new Provenance(
            p.component(),
            p.version(),
            p.createdAt(),
            p.datasets(),
            p.parameters(),
            p.seed(),
            metrics),
        featureNames);
  }

  /** Provenance metric holding the fusion reliability learned on the dev split. */
  public static final String RELIABILITY_METRIC = "fusion.reliability";

  /**
   * The reliability this model's readings deserve in fusion, learned when it was trained: {@code
   * max(0, 2 * AUC - 1)} of its dev ROC AUC (see {@code TrainBehaviourModel}); empty for a model
   * trained before reliabilities were learned.
   */
  public java.util.OptionalDouble reliability() {
    return reliability(provenance);
  }

  /** The model's feature names, in vector order. */
  public List<String> featureNames() {
    return featureNames;
  }

  /**
   * Polarity scores for a session: the fraction of trees voting for each class.
   *
   * @param features never null
   * @return never null; scores sum to 1
   */
  public PolarityScores predict(SessionFeatures features) {
    Objects.requireNonNull(features, "features is required");
    double[] values = features.valuesOf(featureNames);
    Prediction<Label> prediction =
        model.predict(
            new ArrayExample<>(
                LabelFactoryHolder.FACTORY.getUnknownOutput(), featureNameArray, values));
    Map<String, Label> scores = prediction.getOutputScores();
    double negative = score(scores, Polarity.NEGATIVE);
    double neutral = score(scores, Polarity.NEUTRAL);
    double positive = score(scores, Polarity.POSITIVE);
    if (negative + neutral + positive <= 0) {
      return PolarityScores.normalised(
          prediction.getOutput().getLabel().equals(Polarity.NEGATIVE.wireName()) ? 1 : 0,
          prediction.getOutput().getLabel().equals(Polarity.NEUTRAL.wireName()) ? 1 : 0,
          prediction.getOutput().getLabel().equals(Polarity.POSITIVE.wireName()) ? 1 : 0);
    }
    return PolarityScores.normalised(negative, neutral, positive);
  }

  private static double score(Map<String, Label> scores, Polarity polarity) {
    Label label = scores.get(polarity.wireName());
    return label == null ? 0 : Math.max(0, label.getScore());
  }

  /** Writes the model and its provenance to {@code file}, replacing it. */
  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      ModelFile.write(out, provenance, featureNames, model.serialize().toByteArray());
    }
  }

  /**
   * Reads a model written by {@link #save}.
   *
   * @throws IOException if the file cannot be read, is not a behaviour model, or was written for
   *     other features than this version extracts
   */
  public static BehaviourModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** Reads a model from a stream written by {@link #save}; does not close it. */
  public static BehaviourModel load(InputStream in) throws IOException {
    return ModelFile.read(in);
  }

  /**
   * The model shipped in this jar (trained by {@code TrainBehaviourModel}, see docs/EVALUATION.md).
   *
   * @throws IOException if the resource is missing or unreadable
   */
  public static BehaviourModel loadDefault() throws IOException {
    try (InputStream in = BehaviourModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return load(in);
    }
  }

  /**
   * The provenance of the model shipped in this jar, read from its header without decoding the
   * classifier (which takes most of a second of a command's start): enough for its {@linkplain
   * #reliability() reliability}.
   *
   * @throws IOException if the resource is missing or its header unreadable
   */
  public static Provenance defaultProvenance() throws IOException {
    try (InputStream in = BehaviourModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return ModelFile.readProvenance(new java.io.DataInputStream(in));
    }
  }

  /**
   * The fusion reliability recorded in {@code provenance} (see {@link #reliability()}), empty when
   * none was learned.
   */
  public static java.util.OptionalDouble reliability(Provenance provenance) {
    Double value = provenance.metrics().get(RELIABILITY_METRIC);
    return value == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value);
  }

  /** Classpath location of the shipped model. */
  public static final String DEFAULT_RESOURCE =
      "/dev/affectrec/behaviour/model/behaviour-polarity.model";
}
