package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * A heap copy of several consecutive message bodies, which the decoded messages hold as slices: one
 * copy and one array per run of small messages instead of one per message. Reference counting is
 * off, as on Vert.x's own heap buffers: a slice handed to a user may be written to a socket, which
 * releases it, and that release must not free the bytes the other slices still read. The garbage
 * collector frees the array once no slice is left.
 */
final class SharedChunk extends UnpooledHeapByteBuf {

  /** Wraps {@code bytes}, all readable; the array is not copied. */
  SharedChunk(byte[] bytes) {
    super(UnpooledByteBufAllocator.DEFAULT, bytes, bytes.length);
    writerIndex(bytes.length);
  }

  @Override
  public ByteBuf retain() {
    return this;
  }

  @Override
  public ByteBuf retain(int increment) {
    return this;
  }

  @Override
  public boolean release() {
    return false;
  }

  @Override
  public boolean release(int decrement) {
    return false;
  }
}
