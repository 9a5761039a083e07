package io.pgloop.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * pgjdbc, the blocking peer: one thread per connection, since a blocking connection has one query
 * in flight at most. Its statements become server-side prepared statements after pgjdbc's default
 * threshold of five uses, well within the warm-up.
 */
final class PgjdbcClient implements BenchClient {

  private static final String WORLD_SELECT = BenchmarkData.WORLD_SELECT.replace("$1", "?");
  private static final String BATCH_INSERT =
      BenchmarkData.BATCH_INSERT.replace("$1", "?").replace("$2", "?");

  private final ServerInfo server;
  private final BenchmarkData data;

  PgjdbcClient(ServerInfo server, BenchmarkData data) {
    this.server = server;
    this.data = data;
  }

  @Override
  public String name() {
    return "pgjdbc";
  }

  @Override
  public List<Variant> variants(WorkloadKind kind) {
    BenchConfig c = data.config();
    return switch (kind) {
      case SEQ1 -> List.of(new Variant("1 connection", () -> open(1, 1, this::pointSelect, null)));
      case PIPE -> List.of(Variant.unsupported("blocking: one query in flight (see seq1)"));
      case POOL ->
          List.of(
              new Variant(
                  "4 threads, a connection each", () -> open(4, 1, this::pointSelect, null)));
      case FORTUNES ->
          List.of(new Variant("1 connection, blocking", () -> open(1, 1, this::fortunes, null)));
      case BULK_READ ->
          List.of(new Variant("1 connection", () -> open(1, c.bulkRows(), this::bulkRead, null)));
      case BATCH_INSERT ->
          List.of(
              new Variant(
                  "addBatch+executeBatch, no rewrite",
                  () -> open(1, c.batchRows(), this::batchInsert, "batch_sink")),
              new Variant(
                  "executeBatch, reWriteBatchedInserts",
                  () -> open(1, c.batchRows(), this::batchInsert, "batch_sink", true),
                  Pairing.REWRITE));
      case COPY_IN ->
          List.of(
              new Variant(
                  "CopyManager.copyIn", () -> open(1, c.copyRows(), this::copyIn, "copy_sink")));
      case COPY_OUT ->
          List.of(
              new Variant("CopyManager.copyOut", () -> open(1, c.copyRows(), this::copyOut, null)));
      case STREAM ->
          List.of(
              new Variant(
                  "fetch size 1,000, in a transaction",
                  () -> open(1, c.streamRows(), this::stream, null)));
    };
  }

  /** Makes the operation one thread runs on its own connection. */
  @FunctionalInterface
  private interface OperationFactory {
    BlockingLoop.Operation on(Connection connection) throws SQLException;
  }

  private Workload open(int threads, long units, OperationFactory factory, String sink)
      throws SQLException {
    return open(threads, units, factory, sink, false);
  }

  private Workload open(
      int threads, long units, OperationFactory factory, String sink, boolean rewriteBatches)
      throws SQLException {
    List<Connection> connections = new ArrayList<>();
    List<BlockingLoop.Operation> operations = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl() + "&reWriteBatchedInserts=" + rewriteBatches);
        connections.add(connection);
        operations.add(factory.on(connection));
      }
    } catch (SQLException | RuntimeException e) {
      closeAll(connections);
      throw e;
    }
    BlockingLoop loop = new BlockingLoop("pgjdbc", operations);
    return new Workload() {
      @Override
      public Run run(long durationNanos) throws Exception {
        return loop.run(units, durationNanos);
      }

      @Override
      public void beforeRun() throws SQLException {
        if (sink != null) {
          data.truncate(sink);
        }
      }

      @Override
      public void close() throws Exception {
        loop.close();
        closeAll(connections);
      }
    };
  }

  private BlockingLoop.Operation pointSelect(Connection connection) throws SQLException {
    PreparedStatement select = connection.prepareStatement(WORLD_SELECT);
    int rows = data.config().worldRows();
    return () -> {
      select.setInt(1, ThreadLocalRandom.current().nextInt(1, rows + 1));
      try (ResultSet rs = select.executeQuery()) {
        long sum = 0;
        while (rs.next()) {
          sum += rs.getInt(1) + rs.getInt(2);
        }
        return sum;
      }
    };
  }

  private BlockingLoop.Operation fortunes(Connection connection) throws SQLException {
    PreparedStatement select = connection.prepareStatement(BenchmarkData.FORTUNE_SELECT);
    return () -> {
      try (ResultSet rs = select.executeQuery()) {
        long sum = 0;
        while (rs.next()) {
          sum += rs.getInt(1) + rs.getString(2).length();
        }
        return sum;
      }
    };
  }

  private BlockingLoop.Operation bulkRead(Connection connection) throws SQLException {
    PreparedStatement select = connection.prepareStatement(BenchmarkData.BULK_SELECT);
    return () -> {
      try (ResultSet rs = select.executeQuery()) {
        return readBulk(rs);
      }
    };
  }

  private BlockingLoop.Operation stream(Connection connection) throws SQLException {
    // pgjdbc only uses a cursor outside autocommit, with a fetch size and a forward-only set.
    connection.setAutoCommit(false);
    PreparedStatement select =
        connection.prepareStatement(
            data.streamSelect(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    select.setFetchSize(1000);
    return () -> {
      long sum;
      try (ResultSet rs = select.executeQuery()) {
        sum = readBulk(rs);
      }
      connection.commit();
      return sum;
    };
  }

  private static long readBulk(ResultSet rs) throws SQLException {
    long sum = 0;
    while (rs.next()) {
      int i = rs.getInt(1);
      String t = rs.getString(2);
      OffsetDateTime ts = rs.getObject(3, OffsetDateTime.class);
      BigDecimal n = rs.getBigDecimal(4);
      boolean b = rs.getBoolean(5);
      sum += Blackhole.bulkRow(i, t, ts, n, b);
    }
    return sum;
  }

  private BlockingLoop.Operation batchInsert(Connection connection) throws SQLException {
    PreparedStatement insert = connection.prepareStatement(BATCH_INSERT);
    int rows = data.config().batchRows();
    return () -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      for (int i = 1; i <= rows; i++) {
        insert.setInt(1, i);
        insert.setInt(2, random.nextInt(1, 10_001));
        insert.addBatch();
      }
      return insert.executeBatch().length;
    };
  }

  private BlockingLoop.Operation copyIn(Connection connection) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    // The rows are rendered once: what is measured is the driver and the server, not a formatter.
    byte[] rows = copyText(data.config().copyRows());
    return () -> copy.copyIn(BenchmarkData.COPY_IN, new ByteArrayInputStream(rows));
  }

  private BlockingLoop.Operation copyOut(Connection connection) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    return () -> copy.copyOut(BenchmarkData.COPY_OUT, OutputStream.nullOutputStream());
  }

  private static byte[] copyText(int rows) {
    StringBuilder text = new StringBuilder(rows * 14);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 1; i <= rows; i++) {
      text.append(i).append('\t').append(random.nextInt(1, 10_001)).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void closeAll(List<Connection> connections) throws SQLException {
    SQLException first = null;
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
