package io.pgloop.impl.connection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatically prepared statements of one connection, with psycopg's semantics.
 *
 * <ul>
 *   <li>A statement (its SQL and parameter type OIDs) is counted each time it runs; once it has run
 *       {@code prepareThreshold} times unprepared, the next run prepares it under a generated name
 *       ({@code pgloop_1}, {@code pgloop_2}, ...). 0 prepares at once, -1 never.
 *   <li>At most {@code maxSize} statements are kept; the least recently used is dropped and its
 *       name queued for a Close('S'), which the next extended query writes before its own messages
 *       (no extra round trip).
 *   <li>After {@code DISCARD ALL} or {@code DEALLOCATE ALL} the server has forgotten every
 *       statement: the cache is emptied and counting starts over.
 *   <li>A statement dropped because the server no longer accepts it (0A000 "cached plan must not
 *       change result type", 26000 "prepared statement does not exist") is prepared again on its
 *       next run.
 * </ul>
 *
 * <p>Event loop only.
 */
final class StatementCache {

  private final int threshold;
  private final int maxSize;
  private final LinkedHashMap<Key, NamedStatement> statements;
  private final LinkedHashMap<Key, Integer> counts;
  private final List<String> closes = new ArrayList<>();
  private int nextId;
  private int nextPortalId;

  StatementCache(int threshold, int maxSize) {
    this.threshold = threshold;
    this.maxSize = maxSize;
    this.statements = new LinkedHashMap<>(16, 0.75f, true);
    // The counts are bounded like the statements, as psycopg bounds them: a stream of distinct
    // texts must not grow the connection without limit.
    this.counts =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Integer> eldest) {
            return size() > maxSize;
          }
        };
  }

  /**
   * The named statement a run of {@code sql} with these parameter types should use, counting the
   * run: an existing one, a new one to be parsed by the caller ({@link
   * NamedStatement#needsParse()}), or null to run unprepared.
   *
   * @param runs how many executions the caller makes (a batch counts each tuple)
   */
  NamedStatement forExecution(String sql, int[] types, int runs) {
    if (threshold < 0) {
      return null;
    }
    Key key = new Key(sql, types);
    NamedStatement statement = statements.get(key);
    if (statement != null) {
      return statement;
    }
    int seen = counts.getOrDefault(key, 0);
    if (seen < threshold) {
      counts.put(key, seen + runs);
      return null;
    }
    counts.remove(key);
    statement = new NamedStatement(nextName(), sql, types);
    statements.put(key, statement);
    if (statements.size() > maxSize) {
      Iterator<NamedStatement> eldest = statements.values().iterator();
      NamedStatement evicted = eldest.next();
      eldest.remove();
      evicted.invalidate();
      // Commands already written that bound to it come before the Close on the wire.
      closes.add(evicted.name);
    }
    return statement;
  }

  /** A fresh statement name, unique on this connection (explicit statements use them too). */
  String nextName() {
    return "pgloop_" + (++nextId);
  }

  /** A fresh portal name for a cursor or stream, unique on this connection. */
  String nextPortalName() {
    return "pgloop_p" + (++nextPortalId);
  }

  /**
   * Drops a statement the server no longer accepts, or whose Parse failed or never left. The next
   * run of its text prepares it again at once.
   *
   * @param closeOnServer whether the server may still hold it, so that it must be closed
   */
  void drop(NamedStatement statement, boolean closeOnServer) {
    if (!statement.isValid()) {
      return;
    }
    statement.invalidate();
    Key key = new Key(statement.sql, statement.declaredTypes());
    if (statements.get(key) == statement) {
      statements.remove(key);
      counts.put(key, threshold);
    }
    if (closeOnServer) {
      closes.add(statement.name);
    }
  }

  /**
   * Forgets every statement: the server has deallocated them all. A statement whose Parse may have
   * reached the server after the DISCARD is closed anyway (closing an unknown name is no error).
   */
  void clear() {
    for (NamedStatement statement : statements.values()) {
      statement.invalidate();
      if (!statement.isDescribed()) {
        closes.add(statement.name);
      }
    }
    statements.clear();
    counts.clear();
  }

  /** Looks at a CommandComplete tag for the commands that deallocate every statement. */
  void onCommandComplete(String tag) {
    if (!statements.isEmpty() && ("DISCARD ALL".equals(tag) || "DEALLOCATE ALL".equals(tag))) {
      clear();
    }
  }

  /** Takes the names waiting for a Close('S'); give them back with {@link #restoreCloses}. */
  List<String> takeCloses() {
    if (closes.isEmpty()) {
      return List.of();
    }
    List<String> taken = List.copyOf(closes);
    closes.clear();
    return taken;
  }

  /** Gives back names taken for a command whose messages were rolled back. */
  void restoreCloses(List<String> names) {
    closes.addAll(0, names);
  }

  /** How many statements are cached; for tests. */
  int size() {
    return statements.size();
  }

  /** The cache key: SQL text and parameter type OIDs (a statement differs per types). */
  private static final class Key {
    private final String sql;
    private final int[] types;
    private final int hash;

    Key(String sql, int[] types) {
      this.sql = sql;
      this.types = types == null ? new int[0] : types;
      this.hash = sql.hashCode() * 31 + Arrays.hashCode(this.types);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.hash == hash
          && k.sql.equals(sql)
          && Arrays.equals(k.types, types);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
