package io.pgloop.impl.protocol.frontend;

import io.netty.buffer.ByteBuf;

/**
 * Writes the values of a Bind's parameters straight into the outgoing buffer, so that no value is
 * encoded into an intermediate array first.
 */
@FunctionalInterface
public interface ParameterWriter {

  /**
   * Writes the value of parameter index (0-based), without its length prefix, into out; returns
   * false when the value is NULL (nothing written).
   *
   * <p>An exception thrown here propagates out of {@link FrontendMessages#bind}, which first
   * restores the buffer to where the Bind started.
   */
  boolean write(int index, ByteBuf out);
}
