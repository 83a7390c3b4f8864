package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FirstModelTriggerTest {
  private final AtomicInteger fired = new AtomicInteger();
  private final AtomicBoolean needed = new AtomicBoolean(true);

  private FirstModelTrigger trigger(Duration quiet, Duration maxWait, int events) {
    return new FirstModelTrigger(
        needed::get, fired::incrementAndGet, new FirstModelTrigger.Timing(quiet, maxWait, events));
  }

  private void awaitFired(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (fired.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void aBurstOfBatchesStartsOneTrainingAfterTheQuietTime() throws InterruptedException {
    try (FirstModelTrigger t = trigger(Duration.ofSeconds(1), Duration.ofMinutes(1), 1_000)) {
      for (int i = 0; i < 20; i++) {
        t.accepted(5);
      }
      awaitFired(1);
      Thread.sleep(1_500);
      assertThat(fired).hasValue(1);
    }
  }

  @Test
  void enoughInteractionsStartATrainingAtOnce() throws InterruptedException {
    try (FirstModelTrigger t = trigger(Duration.ofHours(1), Duration.ofHours(1), 100)) {
      t.accepted(60);
      Thread.sleep(100);
      assertThat(fired).hasValue(0);
      t.accepted(40);
      awaitFired(1);
      assertThat(fired).hasValue(1);
    }
  }

  @Test
  void aSteadyStreamStillTrainsWithinTheLongestWait() throws InterruptedException {
    try (FirstModelTrigger t = trigger(Duration.ofMillis(400), Duration.ofMillis(400), 1_000)) {
      long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < end && fired.get() == 0) {
        t.accepted(1);
        Thread.sleep(50);
      }
      assertThat(fired.get()).isPositive();
    }
  }

  @Test
  void nothingStartsWithoutAPositiveInteractionOrOnceAModelServes() throws InterruptedException {
    try (FirstModelTrigger t = trigger(Duration.ZERO, Duration.ZERO, 1)) {
      t.accepted(0);
      needed.set(false);
      t.accepted(10);
      Thread.sleep(200);
      assertThat(fired).hasValue(0);
    }
  }

  @Test
  void aClosedTriggerStartsNothing() throws InterruptedException {
    FirstModelTrigger t = trigger(Duration.ofMillis(100), Duration.ofMillis(100), 1_000);
    t.accepted(1);
    t.close();
    t.accepted(1);
    Thread.sleep(300);
    assertThat(fired).hasValue(0);
  }

  @Test
  void timingIsValidated() {
    assertThatThrownBy(
            () -> new FirstModelTrigger.Timing(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
        .hasMessageContaining("quiet <= maxWait");
    assertThatThrownBy(() -> new FirstModelTrigger.Timing(Duration.ZERO, Duration.ZERO, 0))
        .hasMessageContaining("events >= 1");
  }
}
