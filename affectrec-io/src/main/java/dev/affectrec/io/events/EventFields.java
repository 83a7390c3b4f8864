package dev.affectrec.io.events;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one set of rules that turns the raw fields of the AffectRec event form (from JSON or a CSV
 * row) into an {@link Event}, naming every field that is wrong. The checks run in the order the
 * importer has always reported them, so the first error is the one a line-by-line import shows.
 *
 * <p>Beyond the required fields: a {@code search} names no item; a rating (the {@code value} of
 * {@code rate}, and of {@code review} when present) lies in [{@value #MIN_RATING}, {@value
 * #MAX_RATING}] stars; ids follow {@link EventIds} (at most {@value EventIds#MAX_BYTES} bytes, no
 * control character, no lone surrogate); a time lies in [{@link #EARLIEST_TIME}, {@link
 * #LATEST_TIME}). Stateless and thread-safe.
 */
public final class EventFields {
  /** The smallest rating accepted, in stars. */
  public static final double MIN_RATING = 0;

  /** The largest rating accepted, in stars: the models read ratings on a 1-5 scale. */
  public static final double MAX_RATING = 5;

  /** The earliest event time accepted (inclusive): the Unix epoch. */
  public static final Instant EARLIEST_TIME = Instant.parse("1970-01-01T00:00:00Z");

  /** The first event time refused: times from 2100 on are typos or placeholders. */
  public static final Instant LATEST_TIME = Instant.parse("2100-01-01T00:00:00Z");

  private EventFields() {}

  /**
   * The instant {@code seconds} after the epoch, for the importers whose times are epoch seconds
   * (MovieLens {@code timestamp}, Amazon {@code unixReviewTime}): the same range as every event
   * time.
   *
   * @throws IllegalArgumentException naming {@code field} and the value when it lies outside
   *     [{@link #EARLIEST_TIME}, {@link #LATEST_TIME})
   */
  public static Instant epochSeconds(long seconds, String field) {
    if (seconds < EARLIEST_TIME.getEpochSecond() || seconds >= LATEST_TIME.getEpochSecond()) {
      throw new IllegalArgumentException(
          field
              + " "
              + seconds
              + " is not a time from "
              + EARLIEST_TIME
              + " up to "
              + LATEST_TIME
              + " in epoch seconds");
    }
    return Instant.ofEpochSecond(seconds);
  }

  /**
   * Builds the event, or adds one error per invalid field.
   *
   * @param prefix prepended with a dot to every field name, for example {@code [3]}; empty for none
   * @param errors receives the errors; nothing is added when the event is valid
   * @return the event, or null when at least one error was added
   */
  public static Event event(
      String id,
      String user,
      String item,
      String type,
      String time,
      Double value,
      String text,
      EventContext context,
      String prefix,
      List<EventFieldError> errors) {
    Problems problems = new Problems(prefix, errors);
    required(id, "id", problems);
    required(user, "user", problems);
    EventType eventType = type(type, problems);
    Instant instant = time(time, problems);
    blank(id, "id", problems);
    blank(user, "user", problems);
    blank(item, "item", problems);
    storable(id, "id", problems);
    storable(user, "user", problems);
    storable(item, "item", problems);
    if (eventType != null && eventType.requiresItem() && item == null) {
      problems.add("item", "is required for type " + eventType.wireName());
    }
    if (eventType == EventType.SEARCH && item != null) {
      problems.add("item", "must be absent for type search (a search names no item)");
    }
    if (value != null && !Double.isFinite(value)) {
      problems.add("value", "must be a finite number but was " + value);
    } else if (value != null
        && isRating(eventType)
        && !(value >= MIN_RATING && value <= MAX_RATING)) {
      problems.add(
          "value",
          "(the rating) must be between "
              + MIN_RATING
              + " and "
              + MAX_RATING
              + " stars but was "
              + value);
    }
    if (eventType != null && eventType.requiresValue() && value == null) {
      problems.add("value", "is required for type " + eventType.wireName());
    }
    if (eventType == EventType.DWELL && value != null && value < 0) {
      problems.add("value", "(dwell seconds) must not be negative but was " + value);
    }
    if (eventType != null && eventType.requiresText() && (text == null || text.isBlank())) {
      problems.add("text", "is required for type " + eventType.wireName());
    }
    if (problems.any()) {
      return null;
    }
    return new Event(id, user, item, eventType, instant, value, text, context);
  }

  private static boolean isRating(EventType type) {
    return type == EventType.RATE || type == EventType.REVIEW;
  }

  private static void required(String value, String field, Problems problems) {
    if (value == null) {
      problems.add(field, "is required");
    }
  }

  private static void blank(String value, String field, Problems problems) {
    if (value != null && value.isBlank()) {
      problems.add(field, "must not be blank");
    }
  }

  private static void storable(String value, String field, Problems problems) {
    String problem = EventIds.problem(value);
    if (problem != null) {
      problems.add(field, problem);
    }
  }

  private static EventType type(String wireName, Problems problems) {
    if (wireName == null) {
      problems.add("type", "is required");
      return null;
    }
    EventType type = EventType.fromWireName(wireName).orElse(null);
    if (type == null) {
      problems.add("type", "'" + wireName + "' is not one of: " + EventType.wireNames());
    }
    return type;
  }

  private static Instant time(String text, Problems problems) {
    if (text == null) {
      problems.add("time", "is required");
      return null;
    }
    try {
      Instant instant = IsoInstants.parse(text);
      if (instant.isBefore(EARLIEST_TIME) || !instant.isBefore(LATEST_TIME)) {
        problems.add(
            "time",
            "'"
                + text
                + "' is outside the accepted range: from "
                + EARLIEST_TIME
                + " up to, not including, "
                + LATEST_TIME);
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      problems.add(
          "time",
          "'" + text + "' is not an ISO-8601 date-time with offset (e.g. 2024-05-01T12:00:00Z)");
      return null;
    }
  }

  /** Collects errors under one path prefix. */
  private static final class Problems {
    private final String prefix;
    private final List<EventFieldError> errors;
    private final int before;

    Problems(String prefix, List<EventFieldError> errors) {
      this.prefix = prefix;
      this.errors = errors;
      this.before = errors.size();
    }

    void add(String field, String message) {
      errors.add(new EventFieldError(FieldPaths.join(prefix, field), message));
    }

    boolean any() {
      return errors.size() > before;
    }
  }
}
