package io.pgloop.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the tables every workload reads or writes, once per run and before any client connects,
 * through a pgjdbc connection of its own that stays open to empty the sink tables between runs.
 *
 * <ul>
 *   <li>{@code world(id int primary key, randomnumber int)}: the point selects;
 *   <li>{@code fortune(id int primary key, message text)}: 12 rows;
 *   <li>{@code bulk(i int, t text, ts timestamptz, n numeric, b bool)}: bulk-read and stream;
 *   <li>{@code batch_sink}, {@code copy_sink}: unlogged, emptied before each run;
 *   <li>{@code copy_source}: unlogged, read by COPY TO.
 * </ul>
 */
final class BenchmarkData implements AutoCloseable {

  /** The point select of seq1, pipe and pool. */
  static final String WORLD_SELECT = "SELECT id, randomnumber FROM world WHERE id = $1";

  /** The fortunes select. */
  static final String FORTUNE_SELECT = "SELECT id, message FROM fortune";

  /** The bulk-read and stream select. */
  static final String BULK_SELECT = "SELECT i, t, ts, n, b FROM bulk";

  /** The batch insert. */
  static final String BATCH_INSERT = "INSERT INTO batch_sink (id, randomnumber) VALUES ($1, $2)";

  /** The COPY of copy-in. */
  static final String COPY_IN = "COPY copy_sink (id, randomnumber) FROM STDIN";

  /** The COPY of copy-out. */
  static final String COPY_OUT = "COPY copy_source (id, randomnumber) TO STDOUT";

  /** The twelve fortunes of the TechEmpower benchmark, which the fortunes workload reads. */
  private static final List<String> FORTUNES =
      List.of(
          "fortune: No such file or directory",
          "A computer scientist is someone who fixes things that aren't broken.",
          "After enough decimal places, nobody gives a damn.",
          "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
          "A computer program does what you tell it to do, not what you want it to do.",
          "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
          "Any program that runs right is obsolete.",
          "A list is only as strong as its weakest link. — Donald Knuth",
          "Feature: A bug with seniority.",
          "Computers make very fast, very accurate mistakes.",
          "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
          "フレームワークのベンチマーク");

  private final BenchConfig config;
  private final Connection admin;

  private BenchmarkData(BenchConfig config, Connection admin) {
    this.config = config;
    this.admin = admin;
  }

  /** Connects to {@code server} and creates every table with the sizes of {@code config}. */
  static BenchmarkData create(ServerInfo server, BenchConfig config) throws SQLException {
    Connection admin = DriverManager.getConnection(server.jdbcUrl());
    try {
      BenchmarkData data = new BenchmarkData(config, admin);
      data.createTables();
      return data;
    } catch (SQLException | RuntimeException e) {
      admin.close();
      throw e;
    }
  }

  /** The sizes of this run. */
  BenchConfig config() {
    return config;
  }

  /** Empties {@code table} (one of the sinks), outside any measured time. */
  void truncate(String table) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("TRUNCATE " + table);
    }
  }

  private void createTables() throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("DROP TABLE IF EXISTS world, fortune, bulk, batch_sink, copy_sink, copy_source");
      s.execute("CREATE TABLE world (id int PRIMARY KEY, randomnumber int NOT NULL)");
      s.execute(
          "INSERT INTO world SELECT i, 1 + (random() * 9999)::int FROM generate_series(1, "
              + config.worldRows()
              + ") i");
      s.execute("CREATE TABLE fortune (id int PRIMARY KEY, message text NOT NULL)");
      s.execute(
          "CREATE TABLE bulk (i int NOT NULL, t text NOT NULL, ts timestamptz NOT NULL,"
              + " n numeric NOT NULL, b bool NOT NULL)");
      // Text of varying length, instants a second apart, numerics with a scale, both booleans.
      s.execute(
          "INSERT INTO bulk SELECT i, 'row ' || i || repeat('x', i % 32),"
              + " timestamptz '2024-01-01 00:00:00+00' + i * interval '1 second',"
              + " (i * 1.25)::numeric(14, 2), i % 2 = 0 FROM generate_series(1, "
              + config.bulkRows()
              + ") i");
      s.execute("CREATE UNLOGGED TABLE batch_sink (id int NOT NULL, randomnumber int NOT NULL)");
      s.execute("CREATE UNLOGGED TABLE copy_sink (id int NOT NULL, randomnumber int NOT NULL)");
      s.execute("CREATE UNLOGGED TABLE copy_source (id int NOT NULL, randomnumber int NOT NULL)");
      s.execute(
          "INSERT INTO copy_source SELECT i, 1 + (random() * 9999)::int FROM generate_series(1, "
              + config.copyRows()
              + ") i");
    }
    try (PreparedStatement p =
        admin.prepareStatement("INSERT INTO fortune (id, message) VALUES (?, ?)")) {
      for (int i = 0; i < FORTUNES.size(); i++) {
        p.setInt(1, i + 1);
        p.setString(2, FORTUNES.get(i));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (Statement s = admin.createStatement()) {
      // Fresh statistics and a visibility map, so that the first client measured does not pay
      // for hint bits and the planner picks the same plans for everyone.
      s.execute("VACUUM ANALYZE world, fortune, bulk, copy_source");
    }
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }
}
