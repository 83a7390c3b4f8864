package dev.affectrec.api.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of event AffectRec understands, with the fields each kind needs.
 *
 * <p>The wire name ({@link #wireName()}) is the lower-case form used in JSON Lines, CSV and REST
 * payloads, for example {@code add_to_cart}. An unknown wire name is an input error.
 */
public enum EventType {
  VIEW(true, false, false),
  CLICK(true, false, false),
  ADD_TO_CART(true, false, false),
  REMOVE_FROM_CART(true, false, false),
  PURCHASE(true, false, false),
  RETURN(true, false, false),
  /** An explicit rating; {@code value} is the rating. */
  RATE(true, true, false),
  /** A written review; {@code text} is required, {@code value} is an optional rating. */
  REVIEW(true, false, true),
  LIKE(true, false, false),
  DISLIKE(true, false, false),
  SHARE(true, false, false),
  /** A search query; {@code text} is the query, no item. */
  SEARCH(false, false, true),
  /** Time spent on an item; {@code value} is the dwell time in seconds. */
  DWELL(true, true, false),
  SKIP(true, false, false),
  RECOMMENDATION_SHOWN(true, false, false),
  RECOMMENDATION_CLICKED(true, false, false);

  private static final Map<String, EventType> BY_WIRE_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

  private final boolean requiresItem;
  private final boolean requiresValue;
  private final boolean requiresText;

  EventType(boolean requiresItem, boolean requiresValue, boolean requiresText) {
    this.requiresItem = requiresItem;
    this.requiresValue = requiresValue;
    this.requiresText = requiresText;
  }

  /** Lower-case name used on the wire, for example {@code add_to_cart}. Never null. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an event of this type must name an item. */
  public boolean requiresItem() {
    return requiresItem;
  }

  /** Whether an event of this type must carry a numeric {@code value}. */
  public boolean requiresValue() {
    return requiresValue;
  }

  /** Whether an event of this type must carry non-blank {@code text}. */
  public boolean requiresText() {
    return requiresText;
  }

  /**
   * Looks a type up by its wire name (exact, lower case).
   *
   * @return the type, or empty when the name is null or unknown
   */
  public static Optional<EventType> fromWireName(String wireName) {
    return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
  }

  /** All wire names, in declaration order, for error messages and documentation. */
  public static String wireNames() {
    return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));
  }
}
