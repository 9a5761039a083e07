package io.pgloop.impl.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.vertx.core.internal.ContextInternal;

/**
 * Sits before the backend message decoder and runs the decoding of each socket read, and so the
 * handling of every message in it, inside one dispatch on the connection's context.
 *
 * <p>Why: a callback run outside a dispatch pays for one of its own. A promise completed there hops
 * through {@code context.execute} (a task object, the event loop's start time read from the clock,
 * the thread's class loader set and reset), and so does each row or CopyData handed to a stream.
 * Inside one dispatch per read, the promise calls its listeners directly and a nested dispatch
 * skips the clock: a COPY TO of small rows spent 40% of its event loop in those per-message
 * dispatches. Vert.x's blocked-thread checker then times the whole read, which is what it occupies.
 */
final class ContextDispatchHandler extends ChannelInboundHandlerAdapter {

  static final String NAME = "pgloop-dispatch";

  private final ContextInternal context;

  ContextDispatchHandler(ContextInternal context) {
    this.context = context;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ContextInternal previous = context.beginDispatch();
    try {
      ctx.fireChannelRead(msg);
    } finally {
      context.endDispatch(previous);
    }
  }
}
