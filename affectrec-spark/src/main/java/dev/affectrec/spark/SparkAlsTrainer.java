package dev.affectrec.spark;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import dev.affectrec.recommend.factor.FoldIn;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains Spark MLlib ALS on the matrix's int indices and copies its factors into a {@link
 * FactorModel}. The Spark session is started when the trainer is created, so {@link #train}
 * measures fitting only. Thread-safe as far as Spark is.
 */
public final class SparkAlsTrainer extends ConfiguredTrainer<SparkAlsConfig, FactorModel> {
  private final SparkSession spark;

  /** A trainer with {@code config}; starts the local session if needed. */
  public SparkAlsTrainer(SparkAlsConfig config) {
    super(algorithm(config), config);
    this.spark = LocalSpark.session();
  }

  private static String algorithm(SparkAlsConfig config) {
    return Objects.requireNonNull(config, "config is required").implicit()
        ? "spark-als"
        : "spark-als-explicit";
  }

  @Override
  protected FactorModel fit(InteractionMatrix data, Clock clock) {
    StructType schema =
        new StructType()
            .add("user", DataTypes.IntegerType, false)
            .add("item", DataTypes.IntegerType, false)
            .add("rating", DataTypes.FloatType, false);
    List<Row> rows = new ArrayList<>(data.nonZeros());
    for (int u = 0; u < data.userCount(); u++) {
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        float value = config.implicit() && config.binary() ? 1f : data.rowValues()[p];
        rows.add(RowFactory.create(u, data.rowItems()[p], value));
      }
    }
    Dataset<Row> frame = spark.createDataFrame(rows, schema);
    int blocks = Math.max(2, spark.sparkContext().defaultParallelism());
    ALSModel model = estimator(config, blocks).fit(frame);
    int f = config.factors();
    float[] users = copyFactors(model.userFactors(), data.userCount(), f);
    float[] items = copyFactors(model.itemFactors(), data.itemCount(), f);
    return new FactorModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, config.seed(), clock),
        f,
        users,
        items,
        new float[data.itemCount()],
        new FoldIn(config.lambda(), config.alpha(), config.binary()),
        !config.implicit());
  }

  /**
   * Spark's ALS with {@code config} over the columns {@code user}, {@code item} and {@code rating},
   * with {@code blocks} user blocks and as many item blocks.
   */
  static ALS estimator(SparkAlsConfig config, int blocks) {
    return new ALS()
        .setImplicitPrefs(config.implicit())
        .setRank(config.factors())
        .setMaxIter(config.iterations())
        .setRegParam(config.lambda())
        .setAlpha(config.alpha())
        .setSeed(config.seed())
        .setUserCol("user")
        .setItemCol("item")
        .setRatingCol("rating")
        // One block per core (2 in local[2]): Spark's default of 10 blocks only adds shuffle
        // overhead on a small machine.
        .setNumUserBlocks(blocks)
        .setNumItemBlocks(blocks);
  }

  /**
   * Copies factor rows (id, vector) into a row-major array of {@code count} vectors of {@code f}.
   */
  static float[] copyFactors(Dataset<Row> factors, int count, int f) {
    float[] out = new float[count * f];
    for (Row row : factors.collectAsList()) {
      int id = row.getInt(0);
      List<Object> values = row.getList(1);
      for (int k = 0; k < f; k++) {
        out[id * f + k] = ((Number) values.get(k)).floatValue();
      }
    }
    return out;
  }
}
