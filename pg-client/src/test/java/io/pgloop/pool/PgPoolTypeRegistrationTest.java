package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgException;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Types registered on a pool reach every connection it has and every one it opens later. */
class PgPoolTypeRegistrationTest extends PoolTestSupport {

  enum Mood {
    SAD,
    OK,
    HAPPY
  }

  record Item(String name, int qty) {}

  private void ddl(String sql) {
    PgConnection connection = connect();
    await(connection.query(sql).execute());
    await(connection.close());
  }

  @Test
  void aRegisteredEnumReachesTheOpenConnectionsAndThoseOpenedLater() {
    ddl(
        "DROP TYPE IF EXISTS pool_mood CASCADE;"
            + "CREATE TYPE pool_mood AS ENUM ('SAD', 'OK', 'HAPPY')");
    PgPool pool = pool(new PgPoolOptions().setMinSize(2).setMaxSize(3));
    eventually(Duration.ofSeconds(10), () -> "size " + pool.size(), () -> pool.size() == 2);
    await(pool.registerEnum("pool_mood", Mood.class));
    // Three at once: the two that were open and a third opened after the registration.
    List<PgConnection> held = new ArrayList<>();
    Set<Integer> backends = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      PgConnection connection = await(pool.getConnection());
      held.add(connection);
      backends.add(connection.processId());
      Row row =
          await(
                  connection
                      .preparedQuery("SELECT $1, 'HAPPY'::pool_mood")
                      .execute(Tuple.of(Mood.OK)))
              .iterator()
              .next();
      assertThat(row.getValue(0)).isEqualTo(Mood.OK);
      assertThat(row.getValue(1)).isEqualTo(Mood.HAPPY);
    }
    assertThat(backends).hasSize(3);
    for (PgConnection connection : held) {
      await(connection.close());
    }
    // Pool queries, pipelined on any connection, see it too.
    for (int i = 0; i < 20; i++) {
      Row row = await(pool.query("SELECT 'SAD'::pool_mood").execute()).iterator().next();
      assertThat(row.getValue(0)).isEqualTo(Mood.SAD);
    }
    await(pool.close());
  }

  @Test
  void aCompositeRegisteredWhileAConnectionIsBorrowedReachesThatConnectionToo() {
    ddl("DROP TYPE IF EXISTS pool_item CASCADE; CREATE TYPE pool_item AS (name text, qty int4)");
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2));
    PgConnection borrowed = await(pool.getConnection());
    await(pool.registerComposite("pool_item", Item.class));
    Row row = await(borrowed.query("SELECT ROW('pen', 3)::pool_item").execute()).iterator().next();
    assertThat(row.getValue(0)).isEqualTo(new Item("pen", 3));
    await(borrowed.close());
    await(pool.close());
  }

  @Test
  void anUnknownTypeFailsWithTheServersMessageAndLeavesThePoolAsItWas() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2));
    assertThat(failure(pool.registerType("pool_no_such_type")))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("type \"pool_no_such_type\" does not exist");
    // Not kept for later connections: opening a second one works.
    PgConnection first = await(pool.getConnection());
    PgConnection second = await(pool.getConnection());
    assertThat(await(second.query("SELECT 1").execute()).size()).isEqualTo(1);
    assertThat(pool.stats().connectionErrors()).isZero();
    await(first.close());
    await(second.close());
    await(pool.close());
  }
}
