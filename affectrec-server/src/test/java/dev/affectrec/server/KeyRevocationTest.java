package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.serving.access.KeyService;
import dev.affectrec.serving.access.Role;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A key revoked by another process (the CLI, another server) is refused by a running server. */
class KeyRevocationTest extends FreshServerTest {
  @Test
  void aKeyRevokedByAnotherProcessIsRefusedAtOnce() throws Exception {
    KeyService.CreatedKey reader = http.server.keys().create(Role.READ, "to revoke");
    http.key = reader.key();
    assertThat(http.get("/v1/stats").statusCode()).isEqualTo(200);

    // what `affectrec keys revoke` does: its own store over the same data directory
    try (EventStore cli = EventStores.open(StoreConfig.sqlite(dir))) {
      assertThat(new KeyService(cli.access(), Clock.systemUTC()).revoke(reader.id())).isTrue();
    }

    assertThat(http.get("/v1/stats").statusCode()).isEqualTo(401);
  }
}
