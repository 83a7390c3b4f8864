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
import dev.affectrec.behaviour.model.StarRatingLabels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {
  @Test
  void readsMovieLensAndBuildsLabelledSessionsWithPriorHistory(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("u.data");
    // user 1: two ratings 10 s apart, then one rating two hours later
    Files.writeString(file, "1\t10\t5\t1000\n1\t11\t3\t1010\n1\t12\t1\t8200\n");
    List<Event> events = MovieLensRatings.read(file);
    assertThat(events).hasSize(3);
    assertThat(events.get(0).type()).isEqualTo(EventType.RATE);
    assertThat(events.get(0).user()).isEqualTo("ml1");
    List<LabelledSession> examples =
        SessionExamples.build(
            events,
            new Sessioniser(SessionConfig.defaults()),
            new FeatureExtractor(FeatureConfig.defaults()),
            new StarRatingLabels());
    assertThat(examples)
        .extracting(LabelledSession::label)
        .containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE);
    assertThat(examples.get(1).features().get(Feature.USER_PRIOR_MEAN_RATING)).isEqualTo(4.0);
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
        "{\"overall\": 4.0, \"reviewerID\": \"A1\", \"asin\": \"B1\", \"unixReviewTime\": 1400000000}\n"
            + "\n"
            + "{\"overall\": 1.0, \"reviewerID\": \"A2\", \"asin\": \"B1\", \"unixReviewTime\": 1400000001}\n");
    List<Event> events = AmazonReviews.read(file);
    assertThat(events).hasSize(2);
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
