package dev.affectrec.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** The store's events as a Spark frame of some of the columns of {@link EventColumns}. */
final class EventFrames {

  private EventFrames() {}

  /**
   * The columns {@code names} of the events {@code where} (an SQL condition) selects in the
   * PostgreSQL store at {@code url}, read by the executors in {@code partitions} ranges of {@code
   * time_us} (bounds from one {@code min}/{@code max} query), each range one query on its own
   * connection.
   */
  static Dataset<Row> jdbc(
      SparkSession spark, String url, int partitions, String[] names, String where)
      throws SQLException {
    long[] bounds = timeBounds(url);
    String columns = String.join(", ", names);
    return spark
        .read()
        .format("jdbc")
        .option("url", url)
        .option("driver", "org.postgresql.Driver")
        .option("dbtable", "(SELECT " + columns + " FROM events WHERE " + where + ") AS events")
        .option("partitionColumn", EventColumns.TIME)
        .option("lowerBound", bounds[0])
        .option("upperBound", bounds[1] + 1)
        .option("numPartitions", partitions)
        .option("fetchsize", 10_000)
        .load();
  }

  /** The columns {@code names} of the snapshot {@link ParquetSnapshot} wrote to {@code dir}. */
  static Dataset<Row> parquet(SparkSession spark, Path dir, String[] names) {
    Column[] columns = Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    return spark.read().parquet(dir.toString()).select(columns);
  }

  private static long[] timeBounds(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min("
                    + EventColumns.TIME
                    + "), max("
                    + EventColumns.TIME
                    + ") FROM events")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2)};
    }
  }
}
