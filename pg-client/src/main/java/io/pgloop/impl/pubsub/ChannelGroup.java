package io.pgloop.impl.pubsub;

import io.pgloop.PgNotification;
import java.util.Arrays;

/**
 * The subscribed channels of one name: the server sees one LISTEN for all of them, and each gets
 * every notification. Confined to the subscriber's context; delivery walks an array that adding and
 * removing replace, so a handler may unsubscribe while its notification is being delivered.
 */
final class ChannelGroup {

  private static final ChannelImpl[] NONE = new ChannelImpl[0];

  final String name;
  final String quotedName;
  private ChannelImpl[] channels = NONE;

  /** The connection generation whose LISTEN for this name succeeded; 0 for none yet. */
  int listenedGeneration;

  ChannelGroup(String name, String quotedName) {
    this.name = name;
    this.quotedName = quotedName;
  }

  void add(ChannelImpl channel) {
    ChannelImpl[] grown = Arrays.copyOf(channels, channels.length + 1);
    grown[channels.length] = channel;
    channels = grown;
  }

  /** Removes the channel; whether it was there. */
  boolean remove(ChannelImpl channel) {
    for (int i = 0; i < channels.length; i++) {
      if (channels[i] == channel) {
        ChannelImpl[] shrunk = new ChannelImpl[channels.length - 1];
        System.arraycopy(channels, 0, shrunk, 0, i);
        System.arraycopy(channels, i + 1, shrunk, i, channels.length - i - 1);
        channels = shrunk;
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return channels.length == 0;
  }

  void deliver(PgNotification notification) {
    for (ChannelImpl channel : channels) {
      channel.deliver(notification);
    }
  }

  /** LISTEN succeeded on the connection of {@code generation}: tell every channel. */
  void listened(int generation) {
    listenedGeneration = generation;
    for (ChannelImpl channel : channels) {
      channel.subscribed(generation);
    }
  }

  void listenFailed(Throwable failure) {
    for (ChannelImpl channel : channels) {
      channel.failed(failure);
    }
  }

  /** The subscriber closed: every channel ends. */
  void end() {
    ChannelImpl[] ending = channels;
    channels = NONE;
    for (ChannelImpl channel : ending) {
      channel.end();
    }
  }
}
