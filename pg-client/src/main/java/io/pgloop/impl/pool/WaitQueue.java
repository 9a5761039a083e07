package io.pgloop.impl.pool;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * The callers waiting for a connection (borrowers) or for room on one (pool queries), first come
 * first served. Changed under the pool's lock; the counts are also read without it, by pool queries
 * that must not overtake waiting ones and by the end of a query, which serves waiters when there
 * are some.
 */
final class WaitQueue implements Iterable<Waiter> {

  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private volatile int size;
  private volatile int borrowers;
  private volatile int queries;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Waiting borrowers. */
  int borrowers() {
    return borrowers;
  }

  /** Waiting pool queries. */
  int queries() {
    return queries;
  }

  /** Whether a newcomer of this kind may be served before the waiters: none of its kind waits. */
  boolean noneWaitingLike(boolean borrower) {
    return borrower ? borrowers == 0 : queries == 0;
  }

  Waiter peek() {
    return waiters.peek();
  }

  void add(Waiter waiter) {
    waiters.add(waiter);
    count(waiter, 1);
  }

  boolean contains(Waiter waiter) {
    return waiters.contains(waiter);
  }

  /** Takes a waiter out; false when it was not in (served or timed out already). */
  boolean remove(Waiter waiter) {
    if (!waiters.remove(waiter)) {
      return false;
    }
    count(waiter, -1);
    return true;
  }

  /** Takes every waiter out, into {@code into}. */
  void drainTo(List<Waiter> into) {
    into.addAll(waiters);
    waiters.clear();
    size = 0;
    borrowers = 0;
    queries = 0;
  }

  /** Iterates in arrival order; the iterator's remove keeps the counts. */
  @Override
  public Iterator<Waiter> iterator() {
    Iterator<Waiter> inner = waiters.iterator();
    return new Iterator<>() {
      private Waiter last;

      @Override
      public boolean hasNext() {
        return inner.hasNext();
      }

      @Override
      public Waiter next() {
        last = inner.next();
        return last;
      }

      @Override
      public void remove() {
        inner.remove();
        count(last, -1);
      }
    };
  }

  private void count(Waiter waiter, int delta) {
    size += delta;
    if (waiter.borrower) {
      borrowers += delta;
    } else {
      queries += delta;
    }
  }
}
