package dev.affectrec.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void bucketAllowsBurstThenRefillsAtRate() {
    TokenBucket bucket = new TokenBucket(3, 2, 0);
    assertThat(bucket.tryAcquire(0)).isTrue();
    assertThat(bucket.tryAcquire(0)).isTrue();
    assertThat(bucket.tryAcquire(0)).isTrue();
    assertThat(bucket.tryAcquire(0)).isFalse();
    assertThat(bucket.secondsUntilAvailable(0)).isEqualTo(1);
    assertThat(bucket.tryAcquire(SECOND / 2)).isTrue();
    assertThat(bucket.tryAcquire(SECOND / 2)).isFalse();
    assertThat(bucket.tryAcquire(100 * SECOND)).isTrue();
    assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).hasMessageContaining("capacity");
  }
}
