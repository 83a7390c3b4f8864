package dev.affectrec.recommend.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable bijection between string ids and dense indices {@code 0..size()-1}. Indices follow
 * the order in which ids were first seen. Thread-safe.
 */
public final class IdIndex {
  private final List<String> ids;
  private final Map<String, Integer> indices;

  private IdIndex(List<String> ids) {
    this.ids = List.copyOf(ids);
    this.indices = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < this.ids.size(); i++) {
      if (indices.put(this.ids.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate id: " + this.ids.get(i));
      }
    }
  }

  /**
   * An index over {@code ids} in their iteration order.
   *
   * @throws IllegalArgumentException if an id repeats
   */
  public static IdIndex of(Collection<String> ids) {
    return new IdIndex(new ArrayList<>(ids));
  }

  /** The number of ids. */
  public int size() {
    return ids.size();
  }

  /** The index of {@code id}, or -1 when it is unknown (including null). */
  public int indexOf(String id) {
    Integer index = id == null ? null : indices.get(id);
    return index == null ? -1 : index;
  }

  /**
   * The id at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public String id(int index) {
    return ids.get(index);
  }

  /** All ids in index order, unmodifiable. */
  public List<String> ids() {
    return ids;
  }
}
