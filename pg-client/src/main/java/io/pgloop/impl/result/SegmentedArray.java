package io.pgloop.impl.result;

import java.util.Arrays;

/**
 * An append-only array of references kept in segments of {@link #SEGMENT_SIZE}, so that however
 * many it holds, no single array of references is large.
 *
 * <p>Why: G1 allocates an array of half a region or more (from 512 KB, a 128K-reference array, on a
 * 1 GB heap) as a humongous object, straight into the old generation, and (up to JDK-8048180, after
 * 21) reclaims a dead humongous array of references only once a concurrent marking finds it dead.
 * Until then every young collection treats what it refers to as live: the rows of a 200,000-row
 * result, long after the result was dropped, were copied to the survivor spaces and promoted, and
 * young pauses grew from 5 to over 100 ms. Segments of 4 KB die young with what they hold.
 *
 * <p>The first segment starts small and doubles up to the full size, since most results are a row
 * or a few. Filled on the event loop, then published with the result and only read.
 *
 * @param <T> the type of an element
 */
final class SegmentedArray<T> {

  /** The references per segment: 4 KB with compressed references. */
  static final int SEGMENT_SIZE = 1 << 10;

  private static final int SEGMENT_SHIFT = 10;
  private static final int FIRST_CAPACITY = 4;

  private Object[] first = new Object[FIRST_CAPACITY];
  // The full segments after the first: rest[k] holds elements from (k + 1) * SEGMENT_SIZE on.
  private Object[][] rest;
  private int size;

  void add(T element) {
    if (size < SEGMENT_SIZE) {
      if (size == first.length) {
        first = Arrays.copyOf(first, size * 2);
      }
      first[size++] = element;
      return;
    }
    int segment = (size >>> SEGMENT_SHIFT) - 1;
    if (rest == null) {
      rest = new Object[FIRST_CAPACITY][];
    } else if (segment == rest.length) {
      rest = Arrays.copyOf(rest, segment * 2);
    }
    if (rest[segment] == null) {
      rest[segment] = new Object[SEGMENT_SIZE];
    }
    rest[segment][size & (SEGMENT_SIZE - 1)] = element;
    size++;
  }

  /** The element at {@code index}, which the caller has checked is below {@link #size()}. */
  @SuppressWarnings("unchecked")
  T get(int index) {
    if (index < SEGMENT_SIZE) {
      return (T) first[index];
    }
    return (T) rest[(index >>> SEGMENT_SHIFT) - 1][index & (SEGMENT_SIZE - 1)];
  }

  int size() {
    return size;
  }
}
