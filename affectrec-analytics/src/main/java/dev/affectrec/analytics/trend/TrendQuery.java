package dev.affectrec.analytics.trend;

import dev.affectrec.api.InputException;
import java.time.Instant;
import java.util.Objects;

/**
 * What trend to compute.
 *
 * @param scope never null
 * @param id the item, category or segment ({@link Segments}); required unless the scope is {@code
 *     all}, where it must be null
 * @param from inclusive start, or null for the first review
 * @param to exclusive end, or null for after the last review
 * @param bucket never null
 */
public record TrendQuery(
    TrendScope scope, String id, Instant from, Instant to, TrendBucket bucket) {

  /**
   * Validates the combination.
   *
   * @throws InputException naming the parameter when the id is missing or superfluous, or {@code
   *     to} is not after {@code from}
   */
  public TrendQuery {
    Objects.requireNonNull(scope, "scope is required");
    Objects.requireNonNull(bucket, "bucket is required");
    if (scope == TrendScope.ALL && id != null) {
      throw new InputException("id must be absent for scope all but was '" + id + "'");
    }
    if (scope != TrendScope.ALL && (id == null || id.isBlank())) {
      throw new InputException("id is required for scope " + scope.wireName());
    }
    if (scope == TrendScope.SEGMENT) {
      Segments.parse(id);
    }
    if (from != null && to != null && !to.isAfter(from)) {
      throw new InputException("to (" + to + ") must be after from (" + from + ")");
    }
  }
}
