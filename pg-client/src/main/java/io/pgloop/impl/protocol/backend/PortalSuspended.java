package io.pgloop.impl.protocol.backend;

/** PortalSuspended ('s'): an Execute reached its row limit before the end of the portal. */
public record PortalSuspended() implements BackendMessage {

  /** The only instance: the message has no content. */
  public static final PortalSuspended INSTANCE = new PortalSuspended();
}
