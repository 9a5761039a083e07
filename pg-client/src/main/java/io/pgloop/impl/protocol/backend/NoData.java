package io.pgloop.impl.protocol.backend;

/** NoData ('n'): the described statement or portal returns no rows. */
public record NoData() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final NoData INSTANCE = new NoData();
}
