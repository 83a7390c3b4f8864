package dev.affectrec.kafka;

import dev.affectrec.api.InputException;
import java.util.regex.Pattern;

/**
 * A Kafka cluster and the event topic on it, as given on the command line: {@code
 * BOOTSTRAP[/TOPIC]}, for example {@code 127.0.0.1:9092} or {@code k1:9092,k2:9092/shop-events}.
 * Poison messages go to the topic's dead-letter twin, {@code TOPIC.dead-letter}.
 *
 * @param bootstrap comma-separated {@code host:port} list
 * @param topic the event topic, a legal Kafka topic name
 */
public record KafkaTarget(String bootstrap, String topic) {
  /** The event topic when none is given. */
  public static final String DEFAULT_TOPIC = "affectrec-events";

  /** Appended to the event topic to name its dead-letter topic. */
  public static final String DEAD_LETTER_SUFFIX = ".dead-letter";

  private static final Pattern HOST_PORT = Pattern.compile("[^\\s,/:]+:\\d{1,5}");
  private static final Pattern TOPIC =
      Pattern.compile("[a-zA-Z0-9._-]{1," + (249 - DEAD_LETTER_SUFFIX.length()) + "}");

  /**
   * Validates both parts.
   *
   * @throws InputException naming the bad part and the expected form
   */
  public KafkaTarget {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new InputException("--kafka needs BOOTSTRAP[/TOPIC], for example 127.0.0.1:9092");
    }
    for (String server : bootstrap.split(",", -1)) {
      if (!HOST_PORT.matcher(server).matches()) {
        throw new InputException(
            "--kafka bootstrap server '"
                + server
                + "' is not host:port; give BOOTSTRAP[/TOPIC] such as 127.0.0.1:9092/"
                + DEFAULT_TOPIC);
      }
    }
    if (topic == null
        || !TOPIC.matcher(topic).matches()
        || topic.equals(".")
        || topic.equals("..")) {
      throw new InputException(
          "--kafka topic '"
              + topic
              + "' is not a Kafka topic name: use 1 to "
              + (249 - DEAD_LETTER_SUFFIX.length())
              + " of the characters a-z A-Z 0-9 . _ -");
    }
  }

  /**
   * Parses {@code BOOTSTRAP[/TOPIC]}; the topic defaults to {@value #DEFAULT_TOPIC}.
   *
   * @throws InputException when either part is malformed
   */
  public static KafkaTarget parse(String spec) {
    if (spec == null) {
      return new KafkaTarget(null, DEFAULT_TOPIC);
    }
    int slash = spec.indexOf('/');
    return slash < 0
        ? new KafkaTarget(spec, DEFAULT_TOPIC)
        : new KafkaTarget(spec.substring(0, slash), spec.substring(slash + 1));
  }

  /** Where poison messages of {@link #topic()} go. */
  public String deadLetterTopic() {
    return topic + DEAD_LETTER_SUFFIX;
  }

  @Override
  public String toString() {
    return bootstrap + "/" + topic;
  }
}
