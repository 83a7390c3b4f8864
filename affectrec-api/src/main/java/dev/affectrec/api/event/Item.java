package dev.affectrec.api.event;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something users can act on: a product, a film, a course.
 *
 * @param id non-blank
 * @param title may be empty, never null
 * @param description may be empty, never null
 * @param categories never null, no blank entries, in the order given
 * @param attributes never null; free-form string attributes such as {@code brand}
 * @param time when the item was added or last changed; null when unknown
 */
public record Item(
    String id,
    String title,
    String description,
    List<String> categories,
    Map<String, String> attributes,
    Instant time) {

  /** Validates and copies the collections. */
  public Item {
    Arguments.requireNonBlank(id, "id");
    title = Objects.requireNonNullElse(title, "");
    description = Objects.requireNonNullElse(description, "");
    categories = categories == null ? List.of() : List.copyOf(categories);
    for (String category : categories) {
      if (category.isBlank()) {
        throw new IllegalArgumentException("categories must not contain a blank entry");
      }
    }
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** An item known only by its id. */
  public static Item ofId(String id) {
    return new Item(id, "", "", List.of(), Map.of(), null);
  }
}
