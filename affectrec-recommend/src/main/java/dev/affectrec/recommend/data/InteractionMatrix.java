package dev.affectrec.recommend.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable sparse user-by-item matrix held twice: by row (CSR, sorted item indices per user)
 * and by column (CSC, sorted user indices per item).
 *
 * <p>The accessors that return arrays return the internal arrays for speed: callers must not modify
 * them. Row {@code u} occupies positions {@code rowStart(u)} (inclusive) to {@code rowEnd(u)}
 * (exclusive) of {@link #rowItems()}, {@link #rowValues()} and {@link #rowTimes()}; column {@code
 * i} occupies {@code colStart(i)} to {@code colEnd(i)} of {@link #colUsers()} and {@link
 * #colValues()}. Thread-safe.
 */
public final class InteractionMatrix {
  private final IdIndex users;
  private final IdIndex items;
  private final int[] rowPtr;
  private final int[] rowItems;
  private final float[] rowValues;
  private final long[] rowTimes;
  private final int[] colPtr;
  private final int[] colUsers;
  private final float[] colValues;

  InteractionMatrix(
      IdIndex users,
      IdIndex items,
      int[] rowPtr,
      int[] rowItems,
      float[] rowValues,
      long[] rowTimes) {
    this.users = users;
    this.items = items;
    this.rowPtr = rowPtr;
    this.rowItems = rowItems;
    this.rowValues = rowValues;
    this.rowTimes = rowTimes;
    int nnz = rowItems.length;
    this.colPtr = new int[items.size() + 1];
    for (int item : rowItems) {
      colPtr[item + 1]++;
    }
    for (int i = 0; i < items.size(); i++) {
      colPtr[i + 1] += colPtr[i];
    }
    this.colUsers = new int[nnz];
    this.colValues = new float[nnz];
    int[] next = colPtr.clone();
    for (int u = 0; u < users.size(); u++) {
      for (int p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
        int slot = next[rowItems[p]]++;
        colUsers[slot] = u;
        colValues[slot] = rowValues[p];
      }
    }
  }

  /**
   * Builds a matrix from interactions. A repeated (user, item) pair keeps the interaction with the
   * latest time; on equal times the later one in iteration order wins. Users and items are indexed
   * in order of first appearance.
   *
   * @param interactions never null, may be empty
   */
  public static InteractionMatrix of(Collection<Interaction> interactions) {
    Objects.requireNonNull(interactions, "interactions is required");
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> itemIds = new LinkedHashSet<>();
    for (Interaction interaction : interactions) {
      userIds.add(interaction.user());
      itemIds.add(interaction.item());
    }
    return of(interactions, IdIndex.of(userIds), IdIndex.of(itemIds));
  }

  /**
   * Builds a matrix over given user and item indices; interactions whose user or item is not in
   * them are dropped. Duplicates are resolved as in {@link #of(Collection)}.
   */
  public static InteractionMatrix of(
      Collection<Interaction> interactions, IdIndex users, IdIndex items) {
    return new MatrixAssembler(users, items).assemble(interactions);
  }

  /**
   * Builds a matrix from its rows as {@link #rowStart}, {@link #rowItems()} and {@link
   * #rowValues()} give them (every time 0), as a saved model stores it: without sorting, so a model
   * loads in linear time. The arrays are copied.
   *
   * @param rowPtr {@code users.size() + 1} offsets, from 0, never decreasing, ending at {@code
   *     rowItems.length}
   * @param rowItems item indices in {@code [0, items.size())}, strictly increasing within each row
   * @param rowValues one value per entry of {@code rowItems}
   * @throws IllegalArgumentException when the rows are not so
   */
  public static InteractionMatrix ofRows(
      IdIndex users, IdIndex items, int[] rowPtr, int[] rowItems, float[] rowValues) {
    Objects.requireNonNull(users, "users is required");
    Objects.requireNonNull(items, "items is required");
    if (rowPtr.length != users.size() + 1
        || rowPtr[0] != 0
        || rowPtr[users.size()] != rowItems.length
        || rowValues.length != rowItems.length) {
      throw new IllegalArgumentException(
          "rows do not fit: "
              + rowPtr.length
              + " offsets for "
              + users.size()
              + " users, "
              + rowItems.length
              + " items and "
              + rowValues.length
              + " values");
    }
    for (int u = 0; u < users.size(); u++) {
      if (rowPtr[u + 1] < rowPtr[u]) {
        throw new IllegalArgumentException("row offsets decrease at user " + u);
      }
      for (int p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
        int item = rowItems[p];
        if (item < 0 || item >= items.size() || (p > rowPtr[u] && item <= rowItems[p - 1])) {
          throw new IllegalArgumentException(
              "row " + u + " holds item index " + item + " out of range or order");
        }
      }
    }
    return new InteractionMatrix(
        users,
        items,
        rowPtr.clone(),
        rowItems.clone(),
        rowValues.clone(),
        new long[rowItems.length]);
  }

  /** The user ids and their row indices. */
  public IdIndex users() {
    return users;
  }

  /** The item ids and their column indices. */
  public IdIndex items() {
    return items;
  }

  /** The number of users (rows). */
  public int userCount() {
    return users.size();
  }

  /** The number of items (columns). */
  public int itemCount() {
    return items.size();
  }

  /** The number of stored entries. */
  public int nonZeros() {
    return rowItems.length;
  }

  /** The first position of row {@code user}. */
  public int rowStart(int user) {
    return rowPtr[user];
  }

  /** One past the last position of row {@code user}. */
  public int rowEnd(int user) {
    return rowPtr[user + 1];
  }

  /** The items of row {@code user} as a new set of item indices. */
  public java.util.BitSet rowItemSet(int user) {
    java.util.BitSet items = new java.util.BitSet(itemCount());
    for (int p = rowPtr[user]; p < rowPtr[user + 1]; p++) {
      items.set(rowItems[p]);
    }
    return items;
  }

  /** The number of items of {@code user}. */
  public int rowLength(int user) {
    return rowPtr[user + 1] - rowPtr[user];
  }

  /** Item indices of all rows, sorted within each row. Do not modify. */
  public int[] rowItems() {
    return rowItems;
  }

  /** Values aligned with {@link #rowItems()}. Do not modify. */
  public float[] rowValues() {
    return rowValues;
  }

  /** Times (epoch seconds) aligned with {@link #rowItems()}. Do not modify. */
  public long[] rowTimes() {
    return rowTimes;
  }

  /** The first position of column {@code item}. */
  public int colStart(int item) {
    return colPtr[item];
  }

  /** One past the last position of column {@code item}. */
  public int colEnd(int item) {
    return colPtr[item + 1];
  }

  /** The number of users of {@code item}. */
  public int colLength(int item) {
    return colPtr[item + 1] - colPtr[item];
  }

  /** User indices of all columns, sorted within each column. Do not modify. */
  public int[] colUsers() {
    return colUsers;
  }

  /** Values aligned with {@link #colUsers()}. Do not modify. */
  public float[] colValues() {
    return colValues;
  }

  /** The item indices of {@code user} as a fresh array. */
  public int[] itemsOf(int user) {
    return java.util.Arrays.copyOfRange(rowItems, rowPtr[user], rowPtr[user + 1]);
  }

  /** The value at ({@code user}, {@code item}), or 0 when absent. */
  public float value(int user, int item) {
    int p = java.util.Arrays.binarySearch(rowItems, rowPtr[user], rowPtr[user + 1], item);
    return p >= 0 ? rowValues[p] : 0f;
  }

  /**
   * The position (in {@link #rowItems()}) of {@code user}'s latest interaction; the first of equal
   * times wins. The user must have at least one interaction.
   */
  public int latestPosition(int user) {
    int latest = rowPtr[user];
    for (int p = rowPtr[user]; p < rowPtr[user + 1]; p++) {
      if (rowTimes[p] > rowTimes[latest]) {
        latest = p;
      }
    }
    return latest;
  }

  /**
   * The position of one of {@code user}'s latest interactions, drawn uniformly with {@code random}
   * among those sharing the latest time. Hold-out checks use it: with coarse times (Amazon reviews
   * carry a day) most users' latest interactions tie, and taking the first of a tie in item order
   * holds out the same few items for everyone. The user must have at least one interaction.
   */
  public int latestPosition(int user, java.util.Random random) {
    long latest = rowTimes[latestPosition(user)];
    int ties = 0;
    int chosen = -1;
    for (int p = rowPtr[user]; p < rowPtr[user + 1]; p++) {
      if (rowTimes[p] == latest && random.nextInt(++ties) == 0) {
        chosen = p;
      }
    }
    return chosen;
  }

  /** Whether ({@code user}, {@code item}) is stored. */
  public boolean contains(int user, int item) {
    return java.util.Arrays.binarySearch(rowItems, rowPtr[user], rowPtr[user + 1], item) >= 0;
  }

  /**
   * A sha256 over the ids, indices, values and times, as lower-case hex; two matrices with equal
   * fingerprints hold the same data. Used in model provenance.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
      for (int u = 0; u < userCount(); u++) {
        digest.update(users.id(u).getBytes(StandardCharsets.UTF_8));
        for (int p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
          digest.update(items.id(rowItems[p]).getBytes(StandardCharsets.UTF_8));
          buffer.clear();
          buffer.putFloat(rowValues[p]).putLong(rowTimes[p]);
          digest.update(buffer.array(), 0, 12);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
