package dev.affectrec.recommend.data;

import java.util.Arrays;
import java.util.Collection;

/** Sorts interactions into CSR order and resolves duplicates. Not thread-safe; use once. */
final class MatrixAssembler {
  private final IdIndex users;
  private final IdIndex items;

  MatrixAssembler(IdIndex users, IdIndex items) {
    this.users = users;
    this.items = items;
  }

  InteractionMatrix assemble(Collection<Interaction> interactions) {
    int n = interactions.size();
    int[] u = new int[n];
    int[] i = new int[n];
    float[] v = new float[n];
    long[] t = new long[n];
    int kept = 0;
    for (Interaction interaction : interactions) {
      int user = users.indexOf(interaction.user());
      int item = items.indexOf(interaction.item());
      if (user < 0 || item < 0) {
        continue;
      }
      u[kept] = user;
      i[kept] = item;
      v[kept] = interaction.value();
      t[kept] = interaction.time();
      kept++;
    }
    Integer[] order = new Integer[kept];
    for (int k = 0; k < kept; k++) {
      order[k] = k;
    }
    // Stable sort by (user, item, time) so the last of equal keys is the latest, then the later.
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Integer.compare(u[a], u[b]);
          if (c != 0) {
            return c;
          }
          c = Integer.compare(i[a], i[b]);
          return c != 0 ? c : Long.compare(t[a], t[b]);
        });
    int[] rowPtr = new int[users.size() + 1];
    int[] rowItems = new int[kept];
    float[] rowValues = new float[kept];
    long[] rowTimes = new long[kept];
    int out = -1;
    int lastUser = -1;
    int lastItem = -1;
    for (int k = 0; k < kept; k++) {
      int idx = order[k];
      if (u[idx] != lastUser || i[idx] != lastItem) {
        out++;
        rowPtr[u[idx] + 1]++;
        lastUser = u[idx];
        lastItem = i[idx];
      }
      rowItems[out] = i[idx];
      rowValues[out] = v[idx];
      rowTimes[out] = t[idx];
    }
    int nnz = out + 1;
    for (int r = 0; r < users.size(); r++) {
      rowPtr[r + 1] += rowPtr[r];
    }
    return new InteractionMatrix(
        users,
        items,
        rowPtr,
        Arrays.copyOf(rowItems, nnz),
        Arrays.copyOf(rowValues, nnz),
        Arrays.copyOf(rowTimes, nnz));
  }
}
