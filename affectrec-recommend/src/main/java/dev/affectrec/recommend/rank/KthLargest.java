package dev.affectrec.recommend.rank;

/**
 * Tracks the {@code k}-th largest of the values offered so far with a bounded binary min-heap of
 * floats: {@code O(log k)} per accepted value, {@code O(k)} space. Used as a running threshold when
 * pruning candidates. Values must not be NaN. Not thread-safe: one instance per request.
 */
public final class KthLargest {
  private final float[] heap;
  private int size;

  /**
   * @param k at least 1
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public KthLargest(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
    heap = new float[k];
  }

  /** Whether {@code k} values have been offered. */
  public boolean full() {
    return size == heap.length;
  }

  /**
   * The {@code k}-th largest value offered so far; only meaningful when {@link #full()}, and it
   * never decreases afterwards.
   */
  public float kth() {
    return heap[0];
  }

  /**
   * Offers a value.
   *
   * @return whether the value was kept (the heap was not full, or it beat the current k-th)
   */
  public boolean offer(float value) {
    if (size < heap.length) {
      int pos = size++;
      while (pos > 0) {
        int parent = (pos - 1) >>> 1;
        if (heap[parent] <= value) {
          break;
        }
        heap[pos] = heap[parent];
        pos = parent;
      }
      heap[pos] = value;
      return true;
    }
    if (value <= heap[0]) {
      return false;
    }
    int pos = 0;
    while (true) {
      int child = 2 * pos + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= value) {
        break;
      }
      heap[pos] = heap[child];
      pos = child;
    }
    heap[pos] = value;
    return true;
  }
}
