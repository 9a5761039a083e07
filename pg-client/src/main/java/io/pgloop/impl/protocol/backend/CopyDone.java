package io.pgloop.impl.protocol.backend;

/** CopyDone ('c'): the server has sent all of its COPY data. */
public record CopyDone() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final CopyDone INSTANCE = new CopyDone();
}
