package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.junit.jupiter.api.Test;

/** Shared pools: one pool per name and Vert.x instance, used from verticles on several loops. */
class PgPoolSharedTest extends PoolTestSupport {

  /** A verticle that takes a handle on the shared pool when it starts. */
  static final class PoolUser extends VerticleBase {
    volatile PgPool pool;
    volatile String thread;

    @Override
    public Future<?> start() {
      thread = Thread.currentThread().getName();
      pool =
          PgPool.pool(
              vertx,
              options(),
              new PgPoolOptions().setShared(true).setName("shared-test").setMaxSize(1));
      return pool.query("SELECT 1").execute();
    }
  }

  @Test
  void verticlesOnTwoEventLoopsShareOnePoolThatClosesWithTheLast() {
    PoolUser first = new PoolUser();
    PoolUser second = new PoolUser();
    String firstId = await(vertx.deployVerticle(first));
    String secondId = await(vertx.deployVerticle(second));
    assertThat(first.thread).isNotEqualTo(second.thread);
    assertThat(first.pool.stats().created()).isEqualTo(1);
    assertThat(second.pool.stats().created()).isEqualTo(1);

    // One connection for both: while the first holds it, the second waits.
    PgConnection held = await(first.pool.getConnection());
    Future<PgConnection> waiting = second.pool.getConnection();
    sleep(100);
    assertThat(waiting.isComplete()).isFalse();
    await(held.close());
    await(await(waiting).close());

    await(vertx.undeploy(firstId));
    assertThat(await(second.pool.query("SELECT 2").execute()).size()).isEqualTo(1);
    await(vertx.undeploy(secondId));
    assertThat(failure(first.pool.getConnection())).hasMessage("pool 'shared-test' is closed");
  }

  @Test
  void handlesOutsideVerticlesCountToo() {
    PgPoolOptions shared = new PgPoolOptions().setShared(true).setName("shared-handles");
    PgPool one = pool(shared);
    PgPool two = pool(shared);
    await(one.query("SELECT 1").execute());
    assertThat(two.stats().created()).isEqualTo(1);
    await(one.close());
    assertThat(await(two.query("SELECT 1").execute()).size()).isEqualTo(1);
    await(two.close());
    assertThat(failure(two.query("SELECT 1").execute()))
        .hasMessage("pool 'shared-handles' is closed");
    // A new handle after the last close makes a new pool.
    PgPool three = pool(shared);
    assertThat(await(three.query("SELECT 1").execute()).size()).isEqualTo(1);
    assertThat(three.stats().created()).isEqualTo(1);
    await(three.close());
  }
}
