package dev.affectrec.behaviour.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.Feature;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.model.LabelledSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {
  @Test
  void readsMovieLensAndBuildsLabelledSessionsWithPriorHistory(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("u.data");
    // user 1: a 5 then a 2, 10 s apart; two hours later a 1; later still a lone 3
    Files.writeString(file, "1\t10\t5\t1000\n1\t11\t2\t1010\n1\t12\t1\t8200\n1\t13\t3\t20000\n");
    List<Event> events = MovieLensRatings.read(file);
    assertThat(events).hasSize(4);
    assertThat(events.get(0).type()).isEqualTo(EventType.RATE);
    assertThat(events.get(0).user()).isEqualTo("ml1");
    List<LabelledSession> examples =
        SessionExamples.build(
            events,
            new Sessioniser(SessionConfig.defaults()),
            new FeatureExtractor(FeatureConfig.defaults()));
    // The session ending in 3 stars has no label.
    assertThat(examples)
        .extracting(LabelledSession::label)
        .containsExactly(Polarity.NEGATIVE, Polarity.NEGATIVE);
    // The first session's outcome is its 2; only the 5 before it is behaviour.
    assertThat(examples.get(0).features().get(Feature.RATING_COUNT)).isEqualTo(1);
    assertThat(examples.get(0).features().get(Feature.LAST_RATING)).isEqualTo(5);
    // The second session is its outcome alone: history is all the model sees.
    assertThat(examples.get(1).features().get(Feature.EVENT_COUNT)).isZero();
    assertThat(examples.get(1).features().get(Feature.USER_PRIOR_MEAN_RATING)).isEqualTo(3.5);
    assertThat(examples.get(1).features().get(Feature.USER_PRIOR_SESSIONS)).isEqualTo(1);
  }

  @Test
  void malformedMovieLensLineIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("u.data");
    Files.writeString(file, "1\t10\t5\t1000\n1\t11\tfive\t1010\n");
    assertThatThrownBy(() -> MovieLensRatings.read(file)).hasMessageContaining("line 2");
  }

  @Test
  void readsAmazonReviewsAndNamesAMissingField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.json.gz");
    gzip(
        file,
        "{\"overall\": 4.0, \"reviewerID\": \"A1\", \"asin\": \"B1\", \"unixReviewTime\": 1400000000,"
            + " \"reviewText\": \"nice\"}\n"
            + "{\"overall\": 4.0, \"reviewerID\": \"A1\", \"asin\": \"B2\", \"unixReviewTime\": 1400000000,"
            + " \"reviewText\": \"nice\"}\n"
            + "\n"
            + "{\"overall\": 1.0, \"reviewerID\": \"A2\", \"asin\": \"B1\", \"unixReviewTime\": 1400000001}\n");
    // The same review of a second product variant is a duplicate and dropped.
    List<Event> events = AmazonReviews.read(file);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).item()).isEqualTo("B1");
    assertThat(events.get(1).value()).isEqualTo(1.0);
    assertThat(events.get(1).type()).isEqualTo(EventType.REVIEW);
    Path bad = dir.resolve("bad.json.gz");
    gzip(bad, "{\"overall\": 4.0, \"asin\": \"B1\", \"unixReviewTime\": 1}\n");
    assertThatThrownBy(() -> AmazonReviews.read(bad))
        .hasMessageContaining("line 1")
        .hasMessageContaining("reviewerID");
  }

  @Test
  void digineticaGapsAreComputedPerSession(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("d.csv");
    Files.writeString(
        file,
        "session_id;user_id;item_id;timeframe;eventdate\n"
            + "1;NA;5;0;2016-05-09\n1;NA;6;20000;2016-05-09\n1;NA;7;10000;2016-05-09\n"
            + "2;NA;5;0;2016-05-09\n");
    DigineticaTiming timing = DigineticaTiming.read(file);
    assertThat(timing.sessions()).isEqualTo(2);
    assertThat(timing.gapsSeconds()).containsExactly(10.0, 10.0);
    assertThat(timing.gapQuantile(0.5)).isEqualTo(10.0);
  }

  @Test
  void metricsMatchHandComputedValues() {
    List<Polarity> gold =
        List.of(Polarity.POSITIVE, Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL);
    List<Polarity> predicted =
        List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEGATIVE, Polarity.POSITIVE);
    assertThat(Metrics.accuracy(gold, predicted)).isEqualTo(0.5);
    // F1: positive 2*1/(2+1+1) = 0.5, negative 2*1/(2+1+0) = 2/3, neutral 0
    assertThat(Metrics.macroF1(gold, predicted)).isCloseTo((0.5 + 2 / 3.0) / 3, within(1e-12));
    assertThatThrownBy(() -> Metrics.accuracy(gold, List.of())).hasMessageContaining("gold has 4");
  }

  @Test
  void rocAucCountsTiesHalfAndNeedsBothClasses() {
    List<Polarity> gold =
        List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.POSITIVE, Polarity.NEGATIVE);
    assertThat(Metrics.rocAuc(gold, new double[] {0.9, 0.1, 0.8, 0.2})).isEqualTo(1.0);
    // pairs (pos, neg): (0.9, 0.1) win, (0.9, 0.5) win, (0.5, 0.1) win, (0.5, 0.5) tie
    assertThat(Metrics.rocAuc(gold, new double[] {0.9, 0.1, 0.5, 0.5})).isEqualTo(3.5 / 4);
    assertThat(Metrics.rocAuc(List.of(Polarity.POSITIVE), new double[] {1})).isNaN();
  }

  @Test
  void logisticRegressionRanksASeparableFeature() {
    List<LabelledSession> examples =
        dev.affectrec.behaviour.model.TrainingFixtures.synthetic(60, 3).stream()
            .filter(e -> e.label() != Polarity.NEUTRAL)
            .toList();
    LogisticRegression model = LogisticRegression.fit(examples);
    List<Polarity> gold = examples.stream().map(LabelledSession::label).toList();
    double[] p = examples.stream().mapToDouble(model::probability).toArray();
    assertThat(Metrics.rocAuc(gold, p)).isEqualTo(1.0);
  }

  @Test
  void reliabilityIsTheSessionWeightedGiniAboveChance() {
    Map<String, Double> metrics =
        Map.of(
            "a.dev.sessions", 300.0, "a.dev.auc", 0.75, "b.dev.sessions", 100.0, "b.dev.auc", 0.40);
    // a: 2 * 0.75 - 1 = 0.5; b below chance counts 0
    assertThat(TrainBehaviourModel.reliability(metrics, Set.of("a", "b")))
        .isCloseTo(0.375, within(1e-12));
  }

  @Test
  void userSplitIsDisjointDeterministicAndSized() {
    List<String> users = List.of("a", "b", "c", "d", "e", "a", "b");
    Set<String> dev = UserSplit.devUsers(users, 0.4, 42);
    assertThat(dev).hasSize(2).isSubsetOf(Set.of("a", "b", "c", "d", "e"));
    assertThat(UserSplit.devUsers(users, 0.4, 42)).isEqualTo(dev);
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
