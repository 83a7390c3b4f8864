package dev.affectrec.recommend;

import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.mf.BiasedMfConfig;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built matrices shared by the algorithm tests. */
public final class Fixtures {
  /**
   * A tiny biased MF configuration trained by SGD, biases from 0: quick, and the format's first.
   */
  public static final BiasedMfConfig TINY_SGD_MF =
      new BiasedMfConfig(
          3, 3, 0.01, 0.9, 0.05, 0.02, 0.1, 5, 1, Double.POSITIVE_INFINITY, BiasedMfConfig.SGD, 15);

  private Fixtures() {}

  /**
   * Builds a matrix from rows of "user item value" triples separated by commas, for example {@code
   * "u1 a 5, u1 b 3, u2 a 4"}; times are the position in the list unless a row gives its own as a
   * fourth field ({@code "u1 a 5 20"}).
   */
  public static InteractionMatrix matrix(String rows) {
    List<Interaction> list = new ArrayList<>();
    long position = 0;
    for (String part : rows.split(",")) {
      String[] f = part.trim().split("\\s+");
      long time = f.length > 3 ? Long.parseLong(f[3]) : position;
      list.add(new Interaction(f[0], f[1], Float.parseFloat(f[2]), time));
      position++;
    }
    return InteractionMatrix.of(list);
  }

  /**
   * Three users over four items: u1 {a, b}, u2 {a, b, c}, u3 {c, d}. Items a and b always go
   * together; c and d share one user.
   */
  public static InteractionMatrix small() {
    return matrix("u1 a 1, u1 b 1, u2 a 1, u2 b 1, u2 c 1, u3 c 1, u3 d 1");
  }
}
