package dev.affectrec.api.provenance;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameter map of a {@link Provenance}, derived from a configuration record so that it cannot
 * drift from the record's fields: every record component is recorded, in declaration order.
 * Stateless and thread-safe.
 *
 * <p>Rendering rules, applied recursively:
 *
 * <ul>
 *   <li>a nested record is flattened: its components appear under {@code name.component};
 *   <li>a map is flattened: each entry appears under {@code name.key}, in key order, with the key
 *       rendered as a value;
 *   <li>an enum constant is its lower-case name with {@code _} replaced by {@code -} (the wire name
 *       convention of the project's enums);
 *   <li>an array, list, other collection (sorted) or optional of plain values is {@code [a, b]} (an
 *       empty optional is {@code []}); one that holds records or maps is flattened under {@code
 *       name.0}, {@code name.1}, ...;
 *   <li>null is {@code null}; any other value is {@link String#valueOf(Object)} (so doubles use
 *       {@link Double#toString(double)} and durations their ISO-8601 form).
 * </ul>
 */
public final class ConfigParameters {
  private ConfigParameters() {}

  /**
   * Every component of {@code config}, rendered by the rules above.
   *
   * @param config never null
   * @return unmodifiable, in declaration order; never null
   */
  public static Map<String, String> of(Record config) {
    Objects.requireNonNull(config, "config is required");
    Map<String, String> out = new LinkedHashMap<>();
    flattenRecord("", config, out);
    return Collections.unmodifiableMap(out);
  }

  private static void flattenRecord(String prefix, Record record, Map<String, String> out) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      put(prefix + component.getName(), read(component, record), out);
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + record.getClass().getName() + "." + component.getName(), e);
    }
  }

  private static void put(String name, Object value, Map<String, String> out) {
    if (value instanceof Record nested) {
      flattenRecord(name + ".", nested, out);
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(scalar(k), v));
      sorted.forEach((k, v) -> put(name + "." + k, v, out));
    } else {
      List<Object> elements = elements(value);
      if (elements == null) {
        out.put(name, scalar(value));
      } else if (elements.stream().anyMatch(e -> e instanceof Record || e instanceof Map)) {
        for (int i = 0; i < elements.size(); i++) {
          put(name + "." + i, elements.get(i), out);
        }
      } else {
        out.put(name, elements.stream().map(ConfigParameters::scalar).toList().toString());
      }
    }
  }

  /** The elements of an array, collection or optional, or null for any other value. */
  private static List<Object> elements(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Collection<?> unordered) {
      List<Object> sorted = new ArrayList<>(unordered);
      sorted.sort(Comparator.comparing(ConfigParameters::scalar));
      return sorted;
    }
    if (value instanceof Optional<?> optional) {
      return optional.<List<Object>>map(List::of).orElse(List.of());
    }
    if (value != null && value.getClass().isArray()) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        list.add(Array.get(value, i));
      }
      return list;
    }
    return null;
  }

  private static String scalar(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return String.valueOf(value);
  }
}
