package dev.affectrec.hybrid.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.score.Feature;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextFeaturesTest {
  static final EventContext MOBILE = new EventContext("mobile", "app", null, null, null);
  static final EventContext DESKTOP = new EventContext("desktop", "web", null, null, null);

  /** y1 is only ever used on mobile in the app; everything else on desktop on the web. */
  static HybridEmotionModel train() {
    Fixtures.Shop shop = Fixtures.shop();
    InteractionContexts contexts = i -> i.item().equals("y1") ? MOBILE : DESKTOP;
    return new HybridEmotionTrainer(
            Fixtures.itemKnnBase(), Fixtures.plainConfig(), shop.readings(), contexts)
        .train(shop.data());
  }

  private static double[] features(HybridEmotionModel model, String item, EventContext request) {
    double[] row = new double[Feature.COUNT];
    RequestContext context =
        new RequestContext(
            EmotionState.unknown("u", Instant.EPOCH),
            null,
            null,
            request.device(),
            request.channel(),
            i -> 0);
    model.features(model.items().indexOf(item), 0.5, context, row);
    return row;
  }

  @Test
  void deviceAndChannelLiftsFavourItemsUsedInTheRequestsContextAndSurviveSaving(@TempDir Path dir)
      throws Exception {
    HybridEmotionModel model = train();
    double[] mobileY1 = features(model, "y1", MOBILE);
    double[] mobileY2 = features(model, "y2", MOBILE);
    double[] desktopY1 = features(model, "y1", DESKTOP);
    assertThat(mobileY1[Feature.CONTEXT_DEVICE.ordinal()]).isPositive();
    assertThat(mobileY1[Feature.CONTEXT_CHANNEL.ordinal()]).isPositive();
    assertThat(mobileY2[Feature.CONTEXT_DEVICE.ordinal()]).isNegative();
    assertThat(desktopY1[Feature.CONTEXT_DEVICE.ordinal()]).isNegative();
    assertThat(features(model, "y1", EventContext.EMPTY)[Feature.CONTEXT_DEVICE.ordinal()])
        .isZero();

    Path file = dir.resolve("m.bin");
    model.save(file);
    assertThat(features(HybridEmotionModel.load(file), "y1", MOBILE)).containsExactly(mobileY1);
  }

  @Test
  void livePopularityRaisesThePopularityFeatureUpToOne() {
    HybridEmotionModel model = train();
    double[] row = new double[Feature.COUNT];
    int a1 = model.items().indexOf("a1");
    EmotionState state = EmotionState.unknown("u", Instant.EPOCH);
    model.features(a1, 0.5, new RequestContext(state, null, null, null, null, null), row);
    double before = row[Feature.POPULARITY.ordinal()];
    model.features(a1, 0.5, new RequestContext(state, null, null, null, null, i -> 1e6), row);
    assertThat(row[Feature.POPULARITY.ordinal()]).isGreaterThan(before).isEqualTo(1.0);
  }
}
