package io.pgloop.scenario;

import io.pgloop.PgPoolOptions;
import io.pgloop.test.PgTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;

/**
 * What every scenario class shares: the front end under test, and connections, pools and tables
 * that are closed or dropped after each test, whatever its outcome.
 */
public abstract class ScenarioBase extends PgTestBase {

  protected final FrontEnd frontEnd;
  private final List<FrontEnd.Connection> connections = new ArrayList<>();
  private final List<FrontEnd.Pool> pools = new ArrayList<>();
  private final List<String> tables = new ArrayList<>();
  private FrontEnd.Connection observer;

  protected ScenarioBase(FrontEnd frontEnd) {
    this.frontEnd = frontEnd;
  }

  /** A connection of the front end to the test server, closed after the test. */
  protected FrontEnd.Connection open() {
    FrontEnd.Connection connection = frontEnd.connect(vertx, options());
    connections.add(connection);
    return connection;
  }

  /** A pool of the front end on the test server, closed after the test. */
  protected FrontEnd.Pool pool(int maxSize) {
    FrontEnd.Pool pool = frontEnd.pool(vertx, options(), new PgPoolOptions().setMaxSize(maxSize));
    pools.add(pool);
    return pool;
  }

  /**
   * Creates a table that other connections see (unlike a temporary one), under a name no other test
   * run uses, dropped after the test.
   *
   * @param columns the column list, as in {@code CREATE TABLE name (columns)}
   * @return the table's name
   */
  protected String table(String columns) {
    String name = "scenario_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    observer().query("CREATE TABLE " + name + " (" + columns + ")");
    tables.add(name);
    return name;
  }

  /** The number of rows in a table, as a connection of its own sees them. */
  protected long count(String table) {
    return observer().query("SELECT count(*) FROM " + table).iterator().next().getLong(0);
  }

  private FrontEnd.Connection observer() {
    if (observer == null) {
      observer = open();
    }
    return observer;
  }

  @AfterEach
  void closeEverything() {
    // Connections first: one left in a transaction would hold its locks and stall the DROP.
    for (FrontEnd.Connection connection : connections) {
      try {
        connection.close();
      } catch (RuntimeException ignored) {
        // A scenario may have closed it already.
      }
    }
    for (FrontEnd.Pool pool : pools) {
      pool.close();
    }
    if (!tables.isEmpty()) {
      FrontEnd.Connection admin = frontEnd.connect(vertx, options());
      admin.query("DROP TABLE IF EXISTS " + String.join(", ", tables));
      admin.close();
    }
  }
}
