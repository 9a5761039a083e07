package io.pgloop;

/**
 * A snapshot of a {@link PgPool}'s state and counters, taken under the pool's lock: the numbers
 * agree with each other, except that pool queries start and end without that lock, so {@link
 * #queriesInFlight()}, {@link #acquired()} and the split of connections between idle and pipelined
 * may be a few queries apart. Immutable; read it from any thread.
 */
public final class PgPoolStats {

  private final int size;
  private final int idle;
  private final int borrowed;
  private final int pipelined;
  private final int connecting;
  private final int waiting;
  private final int queriesInFlight;
  private final long acquired;
  private final long timeouts;
  private final long rejected;
  private final long created;
  private final long closed;
  private final long connectionErrors;
  private final long totalWaitNanos;

  /** A snapshot; the pool makes these, see the getters for each value. */
  public PgPoolStats(
      int size,
      int idle,
      int borrowed,
      int pipelined,
      int connecting,
      int waiting,
      int queriesInFlight,
      long acquired,
      long timeouts,
      long rejected,
      long created,
      long closed,
      long connectionErrors,
      long totalWaitNanos) {
    this.size = size;
    this.idle = idle;
    this.borrowed = borrowed;
    this.pipelined = pipelined;
    this.connecting = connecting;
    this.waiting = waiting;
    this.queriesInFlight = queriesInFlight;
    this.acquired = acquired;
    this.timeouts = timeouts;
    this.rejected = rejected;
    this.created = created;
    this.closed = closed;
    this.connectionErrors = connectionErrors;
    this.totalWaitNanos = totalWaitNanos;
  }

  /** Open connections: idle, borrowed and busy with pool queries (not those being opened). */
  public int size() {
    return size;
  }

  /** Open connections with nothing to do. */
  public int idle() {
    return idle;
  }

  /** Connections lent out with {@link PgPool#getConnection()} (or withConnection/Transaction). */
  public int borrowed() {
    return borrowed;
  }

  /** Connections running pool queries ({@link PgPool#query}, {@link PgPool#preparedQuery}). */
  public int pipelined() {
    return pipelined;
  }

  /** Connections being opened (including a wait for the reconnection backoff). */
  public int connecting() {
    return connecting;
  }

  /** Callers waiting for a connection or for room on one. */
  public int waiting() {
    return waiting;
  }

  /** Pool queries sent and not yet answered, over every connection. */
  public int queriesInFlight() {
    return queriesInFlight;
  }

  /** Connections lent and pool queries dispatched, since the pool was created. */
  public long acquired() {
    return acquired;
  }

  /** Callers that failed at the acquire timeout, since the pool was created. */
  public long timeouts() {
    return timeouts;
  }

  /** Callers refused at once because the wait queue was full, since the pool was created. */
  public long rejected() {
    return rejected;
  }

  /** Connections opened, since the pool was created. */
  public long created() {
    return created;
  }

  /** Connections closed or lost (evicted, expired, idle too long, pool closed). */
  public long closed() {
    return closed;
  }

  /** Failed attempts to open a connection (including a failed configure handler). */
  public long connectionErrors() {
    return connectionErrors;
  }

  /** The time callers spent waiting in the queue, summed, in nanoseconds. */
  public long totalWaitNanos() {
    return totalWaitNanos;
  }

  @Override
  public String toString() {
    return "size="
        + size
        + ", idle="
        + idle
        + ", borrowed="
        + borrowed
        + ", pipelined="
        + pipelined
        + ", connecting="
        + connecting
        + ", waiting="
        + waiting
        + ", queriesInFlight="
        + queriesInFlight
        + ", acquired="
        + acquired
        + ", timeouts="
        + timeouts
        + ", rejected="
        + rejected
        + ", created="
        + created
        + ", closed="
        + closed
        + ", connectionErrors="
        + connectionErrors
        + ", totalWaitNanos="
        + totalWaitNanos;
  }
}
