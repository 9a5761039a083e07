package io.pgloop.impl.protocol.backend;

/** CloseComplete ('3'): a Close succeeded. */
public record CloseComplete() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final CloseComplete INSTANCE = new CloseComplete();
}
