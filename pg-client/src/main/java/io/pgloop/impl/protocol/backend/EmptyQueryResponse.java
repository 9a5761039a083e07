package io.pgloop.impl.protocol.backend;

/** EmptyQueryResponse ('I'): the query string was empty; replaces CommandComplete. */
public record EmptyQueryResponse() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final EmptyQueryResponse INSTANCE = new EmptyQueryResponse();
}
