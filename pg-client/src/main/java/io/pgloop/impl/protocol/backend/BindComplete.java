package io.pgloop.impl.protocol.backend;

/** BindComplete ('2'): a Bind succeeded. */
public record BindComplete() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final BindComplete INSTANCE = new BindComplete();
}
