package dev.affectrec.eval.data;

import dev.affectrec.api.InputException;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;

/**
 * Reads a {@code user<TAB>item<TAB>value[<TAB>...]} file whose user and item ids are indices
 * ({@code 0, 1, ...}, as {@link SyntheticInteractions} writes them) straight into an {@link
 * InteractionMatrix}, through primitive arrays: about 12 bytes per line while reading, where {@link
 * RatingsReader} holds an object per line. The matrix has users {@code 0..max user} and items
 * {@code 0..max item} (ids are the decimal indices), one entry per line; a repeated (user, item)
 * pair is an error. Stateless.
 */
public final class IndexedTsv {
  private IndexedTsv() {}

  /**
   * Reads {@code file}.
   *
   * @throws InputException naming the line when a line does not start with two non-negative
   *     integers and a number, or repeats a pair
   */
  public static InteractionMatrix read(Path file) throws IOException {
    int[] users = new int[1 << 16];
    int[] items = new int[1 << 16];
    float[] values = new float[1 << 16];
    int n = 0;
    int maxUser = -1;
    int maxItem = -1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        if (n == users.length) {
          int grown = (int) Math.min(Integer.MAX_VALUE - 8, users.length * 3L / 2);
          users = Arrays.copyOf(users, grown);
          items = Arrays.copyOf(items, grown);
          values = Arrays.copyOf(values, grown);
        }
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        if (second < 0) {
          throw bad(file, lineNumber, line);
        }
        int third = line.indexOf('\t', second + 1);
        try {
          users[n] = Integer.parseInt(line, 0, first, 10);
          items[n] = Integer.parseInt(line, first + 1, second, 10);
          values[n] =
              Float.parseFloat(line.substring(second + 1, third < 0 ? line.length() : third));
        } catch (NumberFormatException e) {
          throw bad(file, lineNumber, line);
        }
        if (users[n] < 0 || items[n] < 0) {
          throw bad(file, lineNumber, line);
        }
        maxUser = Math.max(maxUser, users[n]);
        maxItem = Math.max(maxItem, items[n]);
        n++;
      }
    }
    return matrix(file, users, items, values, n, maxUser + 1, maxItem + 1);
  }

  private static InteractionMatrix matrix(
      Path file, int[] users, int[] items, float[] values, int n, int userCount, int itemCount) {
    int[] rowPtr = new int[userCount + 1];
    for (int i = 0; i < n; i++) {
      rowPtr[users[i] + 1]++;
    }
    for (int u = 0; u < userCount; u++) {
      rowPtr[u + 1] += rowPtr[u];
    }
    // Rows packed as item << 32 | value bits, so one sort per row orders items and keeps values.
    long[] packed = new long[n];
    int[] next = Arrays.copyOf(rowPtr, userCount);
    for (int i = 0; i < n; i++) {
      packed[next[users[i]]++] =
          (long) items[i] << 32 | (Float.floatToRawIntBits(values[i]) & 0xFFFFFFFFL);
    }
    int[] rowItems = new int[n];
    float[] rowValues = new float[n];
    for (int u = 0; u < userCount; u++) {
      Arrays.sort(packed, rowPtr[u], rowPtr[u + 1]);
      for (int p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
        rowItems[p] = (int) (packed[p] >>> 32);
        rowValues[p] = Float.intBitsToFloat((int) packed[p]);
        if (p > rowPtr[u] && rowItems[p] == rowItems[p - 1]) {
          throw new InputException(
              file + ": user " + u + " has item " + rowItems[p] + " twice; one line per pair");
        }
      }
    }
    return InteractionMatrix.ofRows(
        indices(userCount), indices(itemCount), rowPtr, rowItems, rowValues);
  }

  /** The ids {@code "0"} to {@code count - 1}. */
  private static IdIndex indices(int count) {
    return IdIndex.of(
        new AbstractList<String>() {
          @Override
          public String get(int index) {
            return Integer.toString(index);
          }

          @Override
          public int size() {
            return count;
          }
        });
  }

  private static InputException bad(Path file, long lineNumber, String line) {
    String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
    return new InputException(
        file
            + " line "
            + lineNumber
            + ": expected user<TAB>item<TAB>value with integer ids from 0 but found '"
            + shown
            + "'");
  }
}
