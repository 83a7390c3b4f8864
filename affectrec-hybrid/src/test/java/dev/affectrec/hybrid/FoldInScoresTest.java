package dev.affectrec.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.ease.EaseConfig;
import dev.affectrec.recommend.ease.EaseTrainer;
import dev.affectrec.recommend.knn.ItemKnnConfig;
import dev.affectrec.recommend.knn.ItemKnnTrainer;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.popular.PopularConfig;
import dev.affectrec.recommend.popular.PopularTrainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FoldInScoresTest {
  private static final int ITEMS = 60;

  @Test
  void rememberedScoresFollowEveryChangeOfTheLiveItemsAsAWholeFoldInWould() {
    InteractionMatrix data = randomData(40, 8, 1);
    for (ScoringModel base :
        List.of(
            new EaseTrainer(new EaseConfig(10, true)).train(data),
            new ItemKnnTrainer(ItemKnnConfig.DEFAULTS).train(data))) {
      FoldInScores remembered = FoldInScores.of(base, data, 1 << 20);
      assertThat(remembered).as(base.getClass().getSimpleName()).isNotNull();
      Random random = new Random(2);
      TreeMap<Integer, Float> live = new TreeMap<>();
      for (int step = 0; step < 600; step++) {
        // Items arrive, strengthen and leave, as the live set of a user under ingest does.
        int item = random.nextInt(ITEMS);
        if (random.nextInt(5) == 0) {
          live.remove(item);
        } else {
          live.merge(item, 0.5f + random.nextInt(3), Float::sum);
        }
        int u = random.nextInt(3);
        int[] items = live.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] values = new float[items.length];
        for (int k = 0; k < items.length; k++) {
          values[k] = live.get(items[k]);
        }
        float[] got = new float[ITEMS];
        remembered.score(u, items, values, got);
        float[] whole = new float[ITEMS];
        FoldInScores.whole(base, data, u, items, values, whole);
        for (int i = 0; i < ITEMS; i++) {
          assertThat(got[i]).as("step %d item %d", step, i).isCloseTo(whole[i], within(1e-4f));
        }
      }
    }
  }

  @Test
  void theWholeFoldInAddsLiveStrengthToTheTrainingRowWhereItHoldsTheItem() {
    InteractionMatrix data = randomData(5, 6, 3);
    ScoringModel base = new EaseTrainer(new EaseConfig(10, true)).train(data);
    int u = 0;
    int first = data.rowItems()[data.rowStart(u)];
    float[] got = new float[ITEMS];
    FoldInScores.whole(base, data, u, new int[] {first}, new float[] {2f}, got);

    int length = data.rowEnd(u) - data.rowStart(u);
    int[] idx = Arrays.copyOfRange(data.rowItems(), data.rowStart(u), data.rowEnd(u));
    float[] val = Arrays.copyOfRange(data.rowValues(), data.rowStart(u), data.rowEnd(u));
    val[0] += 2f;
    float[] expected = new float[ITEMS];
    base.scoreHistory(idx, val, expected);
    assertThat(length).isPositive();
    assertThat(got).containsExactly(expected, within(1e-6f));
  }

  @Test
  void aModelWhoseFoldInIsNotASumOfRowsOrAnEmptyBudgetRemembersNothing() {
    InteractionMatrix data = randomData(20, 6, 4);
    ScoringModel ease = new EaseTrainer(new EaseConfig(10, true)).train(data);
    assertThat(FoldInScores.of(ease, data, 0)).isNull();
    assertThat(FoldInScores.of(ease, data, 4L * ITEMS + 63)).isNull();
    assertThat(FoldInScores.of(ease, data, 4L * ITEMS + 64)).isNotNull();
    ScoringModel popular = new PopularTrainer(PopularConfig.DEFAULTS).train(data);
    assertThat(popular.linearInHistory()).isFalse();
    assertThat(FoldInScores.of(popular, data, 1 << 20)).isNull();
  }

  @Test
  void aFullBudgetForgetsAUserToRememberTheNextAndAForgottenUserIsScoredWhole() {
    InteractionMatrix data = randomData(10, 6, 5);
    ScoringModel ease = new EaseTrainer(new EaseConfig(10, true)).train(data);
    FoldInScores one = FoldInScores.of(ease, data, 4L * ITEMS + 64);
    for (int u = 0; u < 10; u++) {
      float[] got = new float[ITEMS];
      one.score(u, new int[] {u}, new float[] {1f}, got);
      float[] whole = new float[ITEMS];
      FoldInScores.whole(ease, data, u, new int[] {u}, new float[] {1f}, whole);
      assertThat(got).containsExactly(whole, within(0f));
      one.forget(u);
    }
  }

  @Test
  void answersForOneUserFromManyThreadsAtOnceEachMatchTheWholeFoldIn() throws Exception {
    InteractionMatrix data = randomData(4, 8, 6);
    ScoringModel ease = new EaseTrainer(new EaseConfig(10, true)).train(data);
    FoldInScores remembered = FoldInScores.of(ease, data, 1 << 20);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> checked = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        checked.add(
            pool.submit(
                () -> {
                  // Each thread sends its own live sets for the same two users, so the remembered
                  // entry a thread finds was nearly always written by another thread.
                  Random random = new Random(seed);
                  int compared = 0;
                  for (int step = 0; step < 2_000; step++) {
                    int u = random.nextInt(2);
                    int[] items =
                        random
                            .ints(0, ITEMS)
                            .distinct()
                            .limit(1 + random.nextInt(12))
                            .sorted()
                            .toArray();
                    float[] values = new float[items.length];
                    for (int k = 0; k < items.length; k++) {
                      values[k] = 1 + random.nextInt(4);
                    }
                    float[] got = new float[ITEMS];
                    remembered.score(u, items, values, got);
                    float[] whole = new float[ITEMS];
                    FoldInScores.whole(ease, data, u, items, values, whole);
                    assertThat(got).containsExactly(whole, within(1e-3f));
                    compared++;
                  }
                  return compared;
                }));
      }
      for (Future<Integer> f : checked) {
        assertThat(f.get()).isEqualTo(2_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static InteractionMatrix randomData(int users, int perUser, long seed) {
    Random random = new Random(seed);
    List<Interaction> interactions = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      for (int k = 0; k < perUser; k++) {
        interactions.add(new Interaction("u" + u, "i" + random.nextInt(ITEMS), 1, k));
      }
    }
    for (int i = 0; i < ITEMS; i++) {
      interactions.add(new Interaction("catalogue", "i" + i, 1, 0));
    }
    return InteractionMatrix.of(interactions);
  }
}
