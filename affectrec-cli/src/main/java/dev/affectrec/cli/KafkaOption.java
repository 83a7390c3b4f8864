package dev.affectrec.cli;

import dev.affectrec.kafka.KafkaTarget;
import picocli.CommandLine.Option;

/** The {@code --kafka BOOTSTRAP[/TOPIC]} option of {@code serve} and {@code import}. */
final class KafkaOption {

  @Option(
      names = "--kafka",
      paramLabel = "BOOTSTRAP[/TOPIC]",
      description =
          "Kafka bootstrap servers (host:port[,host:port...]) and event topic (default: "
              + KafkaTarget.DEFAULT_TOPIC
              + "); the topic and its dead-letter twin TOPIC"
              + KafkaTarget.DEAD_LETTER_SUFFIX
              + " are created when missing.")
  String kafka;

  /** The target, or null when {@code --kafka} was not given. */
  KafkaTarget target() {
    return kafka == null ? null : KafkaTarget.parse(kafka);
  }
}
