package io.pgloop.impl.pubsub;

import io.pgloop.PgConnection;
import io.pgloop.PgNotification;
import io.pgloop.PgSubscriber;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscribed channels by name, and what the server must hear of them: LISTEN for the first
 * channel of a name, UNLISTEN after the last, LISTEN for every name on each new connection.
 * Confined to the subscriber's context.
 *
 * <p>LISTEN and UNLISTEN of one name go out in the order the channels come and go, on one
 * connection, so the server ends in the last state asked for. A group that left the map while its
 * LISTEN was on the wire is recognized by identity when the answer comes, and ignored.
 */
final class ChannelRegistry {

  private static final System.Logger LOG = System.getLogger(PgSubscriber.class.getName());

  private final ContextInternal context;
  private final Map<String, ChannelGroup> groups = new HashMap<>();
  private PgConnection connection;
  private int generation;

  ChannelRegistry(ContextInternal context) {
    this.context = context;
  }

  /**
   * From now on LISTEN goes to {@code conn}: sends it for every name.
   *
   * @return a future completed once every LISTEN is answered; it never fails (a refused LISTEN goes
   *     to the exception handlers of its channels)
   */
  Future<Void> listenAll(PgConnection conn) {
    connection = conn;
    int gen = ++generation;
    List<Future<Void>> listens = new ArrayList<>(groups.size());
    for (ChannelGroup group : groups.values()) {
      listens.add(listen(conn, gen, group));
    }
    return Future.join(listens).mapEmpty();
  }

  /** The connection is gone: nothing is sent until the next {@link #listenAll}. */
  void detach() {
    connection = null;
  }

  /** A channel got a handler: it joins its name, which is listened to if it is the first. */
  void join(ChannelImpl channel) {
    ChannelGroup group = groups.get(channel.name());
    if (group == null) {
      group = new ChannelGroup(channel.name(), channel.quotedName());
      groups.put(group.name, group);
      group.add(channel);
      if (connection != null) {
        listen(connection, generation, group);
      }
      return;
    }
    group.add(channel);
    int listened = group.listenedGeneration;
    if (listened == generation && connection != null) {
      // Already listening: confirm to the newcomer, but not from within its handler() call.
      context.runOnContext(v -> channel.subscribed(listened));
    }
  }

  /** A channel lost its handler: the name is unlistened when it was the last. */
  void leave(ChannelImpl channel) {
    ChannelGroup group = groups.get(channel.name());
    if (group == null || !group.remove(channel) || !group.isEmpty()) {
      return;
    }
    groups.remove(group.name);
    PgConnection conn = connection;
    if (conn != null) {
      conn.query("UNLISTEN " + group.quotedName)
          .execute()
          .onFailure(
              e -> {
                if (!conn.isClosed()) {
                  LOG.log(
                      System.Logger.Level.WARNING, "UNLISTEN " + group.quotedName + " failed", e);
                }
              });
    }
  }

  /** A notification from {@code conn}, for the channels of its name. */
  void deliver(PgConnection conn, PgNotification notification) {
    if (conn != connection) {
      return;
    }
    ChannelGroup group = groups.get(notification.channel());
    if (group != null) {
      group.deliver(notification);
    }
  }

  /** The subscriber closed: every channel ends, and none is left. */
  void endAll() {
    connection = null;
    List<ChannelGroup> ending = new ArrayList<>(groups.values());
    groups.clear();
    for (ChannelGroup group : ending) {
      group.end();
    }
  }

  private Future<Void> listen(PgConnection conn, int gen, ChannelGroup group) {
    return conn.query("LISTEN " + group.quotedName)
        .execute()
        .transform(
            ar -> {
              if (groups.get(group.name) == group && connection == conn) {
                if (ar.succeeded()) {
                  group.listened(gen);
                } else if (!conn.isClosed()) {
                  group.listenFailed(ar.cause());
                }
              }
              return Future.<Void>succeededFuture();
            });
  }
}
