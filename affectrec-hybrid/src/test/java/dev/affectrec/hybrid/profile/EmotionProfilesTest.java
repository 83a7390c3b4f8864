package dev.affectrec.hybrid.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.hybrid.bandit.MoodSegment;
import dev.affectrec.recommend.data.IdIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionProfilesTest {
  private static final Instant T = Fixtures.T0;

  @Test
  void itemAndCategoryProfilesAggregateReviewReadings() {
    Map<String, List<EmotionReading>> byItem =
        Map.of(
            "lipstick", List.of(Fixtures.reading("a", Emotion.JOY, T)),
            "mascara", List.of(Fixtures.reading("b", Emotion.ANGER, T)),
            "shampoo", List.of(Fixtures.reading("c", Emotion.JOY, T)));
    Map<String, ItemEmotionProfile> items =
        EmotionProfiles.items(byItem, T, ItemProfileConfig.defaults());
    assertThat(items.get("lipstick").meanValence()).isCloseTo(0.8, within(1e-9));
    Map<String, ItemEmotionProfile> categories =
        EmotionProfiles.categories(
            byItem,
            Map.of("lipstick", "makeup", "mascara", "makeup"),
            T,
            ItemProfileConfig.defaults());
    assertThat(categories).containsOnlyKeys("makeup");
    // mean of joy (0.8) and anger (-0.7)
    assertThat(categories.get("makeup").meanValence()).isCloseTo(0.05, within(1e-9));
    assertThat(categories.get("makeup").readings()).isEqualTo(2);
    ItemEmotions dense = ItemEmotions.of(IdIndex.of(List.of("mascara", "new")), items, 3);
    assertThat(dense.reputation(0)).isCloseTo(-0.7 / 4, within(1e-6));
    assertThat(dense.top(0)).isEqualTo(Emotion.ANGER);
    assertThat(dense.readings(1)).isZero();
  }

  @Test
  void theUserStateDecaysOldReadingsByTheHalfLife() {
    FusionConfig oneDay = FusionConfig.defaults().withHalfLife(Duration.ofDays(1));
    List<EmotionReading> readings =
        List.of(
            Fixtures.reading("u", Emotion.ANGER, T.minus(Duration.ofDays(10))),
            Fixtures.reading("u", Emotion.JOY, T));
    EmotionState now = EmotionProfiles.user("u", readings, T, oneDay);
    assertThat(now.valence()).isGreaterThan(0.7);
    assertThat(MoodSegment.of(now)).isEqualTo("positive");
    EmotionState then = EmotionProfiles.user("u", readings, T.minus(Duration.ofDays(9)), oneDay);
    assertThat(then.valence()).isCloseTo(-0.7, within(1e-6));
    assertThat(MoodSegment.of(then)).isEqualTo("negative");
    assertThat(MoodSegment.of(EmotionProfiles.user("u", List.of(), T, oneDay)))
        .isEqualTo("unknown");
  }
}
