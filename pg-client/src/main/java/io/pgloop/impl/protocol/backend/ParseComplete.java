package io.pgloop.impl.protocol.backend;

/** ParseComplete ('1'): a Parse succeeded. */
public record ParseComplete() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final ParseComplete INSTANCE = new ParseComplete();
}
