package dev.affectrec.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the event topic and its dead-letter topic when they do not exist yet. */
final class KafkaTopics {
  /** Partitions of a topic this class creates: room for a few consumers of one group. */
  static final int PARTITIONS = 3;

  private static final long TIMEOUT_SECONDS = 60;

  private KafkaTopics() {}

  /**
   * Makes sure {@code target}'s topic and dead-letter topic exist, creating the missing ones with
   * {@value #PARTITIONS} partitions and the broker's default replication factor.
   *
   * @throws IllegalStateException when the cluster cannot be reached or refuses
   */
  static void ensure(KafkaTarget target) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                target.bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)))) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      for (String topic : List.of(target.topic(), target.deadLetterTopic())) {
        if (!existing.contains(topic)) {
          create(admin, topic);
        }
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "cannot reach Kafka at " + target.bootstrap() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topics", e);
    }
  }

  private static void create(Admin admin, String topic)
      throws InterruptedException, TimeoutException, ExecutionException {
    try {
      admin
          .createTopics(
              List.of(
                  new NewTopic(
                      topic, java.util.Optional.of(PARTITIONS), java.util.Optional.empty())))
          .all()
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
      // Another process created it between the listing and here: that is what we wanted.
    }
  }
}
