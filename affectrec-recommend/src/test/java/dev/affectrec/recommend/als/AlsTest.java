package dev.affectrec.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.factor.FoldIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class AlsTest {

  private static AlsConfig config(int factors, int cgSteps, int threads, long seed) {
    return new AlsConfig(factors, 10, 0.1, 2, false, cgSteps, threads, seed);
  }

  @Property(tries = 40)
  void aSweepNeverRaisesTheLoss(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @IntRange(min = 1, max = 6) int factors,
      @ForAll @IntRange(min = 1, max = 4) int cgSteps) {
    InteractionMatrix data = randomMatrix(seed, 12, 9, 0.3);
    if (data.nonZeros() == 0) {
      return;
    }
    AlsState state = new AlsTrainer(config(factors, cgSteps, 2, seed)).initialState(data);
    double before = state.loss();
    for (int sweep = 0; sweep < 3; sweep++) {
      state.sweep();
      double after = state.loss();
      assertThat(after).isLessThanOrEqualTo(before + 1e-6 * Math.abs(before));
      before = after;
    }
  }

  @Test
  void foldInSolvesTheWeightedLeastSquaresExactly() {
    FactorModel model = new AlsTrainer(config(3, 3, 1, 7)).train(randomMatrix(3, 10, 8, 0.4));
    int[] items = {0, 2, 5};
    float[] values = {1f, 3f, 2f};
    float[] x = model.foldInVector(items, values);
    // Direct solve of (Y'Y + sum (c-1) y y' + lambda I) x = sum c y with c = 1 + 2 v.
    int f = 3;
    DMatrixRMaj a = new DMatrixRMaj(f, f);
    DMatrixRMaj b = new DMatrixRMaj(f, 1);
    for (int i = 0; i < model.items().size(); i++) {
      float[] y = model.itemVector(i);
      for (int r = 0; r < f; r++) {
        for (int c = 0; c < f; c++) {
          a.add(r, c, y[r] * y[c]);
        }
      }
    }
    for (int n = 0; n < items.length; n++) {
      float[] y = model.itemVector(items[n]);
      double c = 1 + 2 * values[n];
      for (int r = 0; r < f; r++) {
        b.add(r, 0, c * y[r]);
        for (int k = 0; k < f; k++) {
          a.add(r, k, (c - 1) * y[r] * y[k]);
        }
      }
    }
    for (int r = 0; r < f; r++) {
      a.add(r, r, 0.1);
    }
    DMatrixRMaj expected = new DMatrixRMaj(f, 1);
    CommonOps_DDRM.solve(a, b, expected);
    for (int r = 0; r < f; r++) {
      assertThat((double) x[r]).isCloseTo(expected.get(r, 0), within(1e-4));
    }
  }

  @Test
  void recommendsTheCoOccurringItemAndIsDeterministicForASeed() {
    AlsConfig c = new AlsConfig(4, 15, 0.01, 10, true, 4, 1, 3);
    FactorModel m1 = new AlsTrainer(c).train(Fixtures.small());
    FactorModel m2 = new AlsTrainer(c).train(Fixtures.small());
    assertThat(m1.recommend("u1", 1, Set.of("a", "b")).get(0).item()).isEqualTo("c");
    assertThat(m1.userVector(0)).containsExactly(m2.userVector(0));
    assertThat(m1.predict("nobody", "a")).isNaN();
  }

  @Test
  void regularisationGrowsWithTheInteractionCountToTheExponent() {
    AlsConfig sqrt = new AlsConfig(4, 1, 2, 1, true, 3, 1, 1, true, 0.5);
    assertThat(sqrt.regularisation(16)).isCloseTo(8, within(1e-12));
    assertThat(sqrt.regularisation(0)).isCloseTo(2, within(1e-12));
    assertThat(new AlsConfig(4, 1, 2, 1, true, 3, 1, 1, true, 1).regularisation(16)).isEqualTo(32);
    assertThat(new AlsConfig(4, 1, 2, 1, true, 3, 1, 1, false, 0.5).regularisation(16))
        .isEqualTo(2);
    // Fold-in regularises a new user as training regularises a known one.
    assertThat(new FoldIn(2, 1, true, true, 0.5).regularisation(16)).isCloseTo(8, within(1e-12));
    assertThat(new FoldIn(2, 1, true, true).regularisation(16)).isEqualTo(32);
    assertThatThrownBy(() -> new AlsConfig(2, 1, 1, 1, true, 1, 1, 0, true, 1.5))
        .hasMessageContaining("exponent");
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new AlsConfig(0, 1, 0, 1, true, 1, 1, 0))
        .hasMessageContaining("factors");
    assertThatThrownBy(() -> new AlsConfig(2, 1, -1, 1, true, 1, 1, 0))
        .hasMessageContaining("lambda");
  }

  static InteractionMatrix randomMatrix(long seed, int users, int items, double density) {
    Random random = new Random(seed);
    List<Interaction> list = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      for (int i = 0; i < items; i++) {
        if (random.nextDouble() < density) {
          list.add(new Interaction("u" + u, "i" + i, 1 + random.nextInt(5), 0));
        }
      }
    }
    return InteractionMatrix.of(list);
  }
}
