package dev.affectrec.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newest-first reads of a user's events and a subject's readings, which every recommendation
 * makes, are served by an index scan that stops at the limit: no sort of all the user's rows, which
 * made answers slower as the store grew under sustained ingest (issue 21).
 */
class NewestFirstQueryPlanTest {
  @Test
  void aUsersNewestEventsAndASubjectsNewestReadingsNeedNoSort(@TempDir Path dataDir)
      throws Exception {
    StoreConfig config = StoreConfig.sqlite(dataDir);
    try (EventStore store = EventStores.open(config, Clock.systemUTC())) {
      assertThat(store).isNotNull();
    }
    try (Connection connection = DriverManager.getConnection(config.effectiveJdbcUrl())) {
      assertThat(plan(connection, EventRows.NEWEST_OF_USER, "u1", 200))
          .contains("USING INDEX events_by_user_time")
          .doesNotContain("TEMP B-TREE");
      // A closed behaviour session read back (issue 21): a range of the same index, in its order.
      for (String sql :
          List.of(EventRows.RANGE_OF_USER_NO_SESSION, EventRows.RANGE_OF_USER_IN_SESSION)) {
        Object[] parameters =
            sql.equals(EventRows.RANGE_OF_USER_NO_SESSION)
                ? new Object[] {"u1", 0L, "a", 0L, "z", 200}
                : new Object[] {"u1", 0L, "a", 0L, "z", "s", 200};
        assertThat(plan(connection, sql, parameters))
            .contains("USING INDEX events_by_user_time (user_id=? AND (time_us,id)>(?,?)")
            .doesNotContain("TEMP B-TREE");
      }
      assertThat(plan(connection, ReadingRows.NEWEST_OF_SUBJECT, "USER", "u1", 200))
          .contains("USING INDEX readings_by_subject_time")
          .doesNotContain("TEMP B-TREE");
    }
  }

  private static String plan(Connection connection, String sql, Object... parameters)
      throws Exception {
    try (PreparedStatement query = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      for (int p = 0; p < parameters.length; p++) {
        query.setObject(p + 1, parameters[p]);
      }
      StringBuilder out = new StringBuilder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.append(rows.getString("detail")).append('\n');
        }
      }
      return out.toString();
    }
  }
}
