package dev.affectrec.kafka;

import dev.affectrec.testkit.Prerequisite;
import java.util.UUID;

/**
 * The Kafka broker of the tests, at {@code AFFECTREC_TEST_KAFKA} ({@code host:port}); absent, the
 * test is skipped (failed under CI). Every test uses topics and groups of its own.
 */
final class TestBroker {
  static final String VARIABLE = "AFFECTREC_TEST_KAFKA";

  private TestBroker() {}

  /** The bootstrap servers, or skips (fails on CI). */
  static String bootstrap() {
    String bootstrap = System.getenv(VARIABLE);
    Prerequisite.require(
        bootstrap != null && !bootstrap.isBlank(),
        VARIABLE
            + " (host:port of a Kafka broker); start one with scripts/kafka-dev.sh start and"
            + " export "
            + VARIABLE
            + " with the port of the BOOTSTRAP line it prints");
    return bootstrap;
  }

  /** A target on the test broker with a topic no other test uses. */
  static KafkaTarget freshTarget() {
    return new KafkaTarget(bootstrap(), "test-" + UUID.randomUUID());
  }
}
