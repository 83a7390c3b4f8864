package dev.affectrec.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of events as Spark reads them: the names and types of the store's {@code events}
 * table, so a partitioned JDBC read of PostgreSQL and the Parquet snapshot of a SQLite store give
 * the same frame. Times are microseconds since the epoch.
 */
final class EventColumns {
  static final String ID = "id";
  static final String USER = "user_id";
  static final String ITEM = "item_id";
  static final String TYPE = "type";
  static final String TIME = "time_us";
  static final String VALUE = "value";
  static final String TEXT = "text";
  static final String DEVICE = "device";
  static final String CHANNEL = "channel";
  static final String LOCATION = "location";
  static final String LOCALE = "locale";
  static final String SESSION = "session";

  /** Every column, in table order. */
  static final StructType SCHEMA =
      new StructType()
          .add(ID, DataTypes.StringType, false)
          .add(USER, DataTypes.StringType, false)
          .add(ITEM, DataTypes.StringType, true)
          .add(TYPE, DataTypes.StringType, false)
          .add(TIME, DataTypes.LongType, false)
          .add(VALUE, DataTypes.DoubleType, true)
          .add(TEXT, DataTypes.StringType, true)
          .add(DEVICE, DataTypes.StringType, true)
          .add(CHANNEL, DataTypes.StringType, true)
          .add(LOCATION, DataTypes.StringType, true)
          .add(LOCALE, DataTypes.StringType, true)
          .add(SESSION, DataTypes.StringType, true);

  /** What training reads: every column but the text. */
  static final String[] TRAINING = {
    ID, USER, ITEM, TYPE, TIME, VALUE, DEVICE, CHANNEL, LOCATION, LOCALE, SESSION
  };

  private EventColumns() {}

  /** The instant {@code us} microseconds after the epoch. */
  static java.time.Instant instant(long us) {
    return java.time.Instant.ofEpochSecond(
        Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000);
  }
}
