package dev.affectrec.api.recommend;

import java.util.Locale;

/** The kinds of reason an explanation can give. */
public enum ReasonType {
  /** The item is similar to one the user engaged with ({@code item} names it). */
  SIMILAR_TO,
  /** The item is an alternative to one the user disliked ({@code item} names it). */
  ALTERNATIVE_TO,
  /** The item's emotional profile fits the user's state ({@code emotion} names it). */
  MOOD_FIT,
  /** The item is popular with a segment or with users in an emotion. */
  POPULAR_WITH,
  /** Reviewers who wrote positively rated the item highly. */
  HIGHLY_RATED_BY_POSITIVE_REVIEWERS,
  /** Users with similar behaviour engaged with the item. */
  COLLABORATIVE;

  /** Lower-case wire name, for example {@code similar_to}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
