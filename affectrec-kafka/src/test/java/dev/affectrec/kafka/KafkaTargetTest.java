package dev.affectrec.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import org.junit.jupiter.api.Test;

class KafkaTargetTest {

  @Test
  void theTopicDefaultsAndTheDeadLetterTopicFollowsIt() {
    KafkaTarget plain = KafkaTarget.parse("127.0.0.1:9092");
    assertThat(plain.bootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(plain.topic()).isEqualTo(KafkaTarget.DEFAULT_TOPIC);
    assertThat(plain.deadLetterTopic()).isEqualTo("affectrec-events.dead-letter");

    KafkaTarget named = KafkaTarget.parse("k1:9092,k2:9093/shop.events");
    assertThat(named.bootstrap()).isEqualTo("k1:9092,k2:9093");
    assertThat(named.topic()).isEqualTo("shop.events");
    assertThat(named).hasToString("k1:9092,k2:9093/shop.events");
  }

  @Test
  void aMalformedPartIsAnInputErrorNamingIt() {
    assertThatThrownBy(() -> KafkaTarget.parse("localhost"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'localhost' is not host:port");
    assertThatThrownBy(() -> KafkaTarget.parse("k1:9092,/t"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'' is not host:port");
    assertThatThrownBy(() -> KafkaTarget.parse("k1:9092/bad topic"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'bad topic' is not a Kafka topic name");
    assertThatThrownBy(() -> KafkaTarget.parse("k1:9092/"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not a Kafka topic name");
  }
}
