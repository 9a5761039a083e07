package io.pgloop.impl.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.pgloop.impl.protocol.backend.BackendMessage;

/**
 * Sits after the backend message decoder and hands each decoded message to the connection, straight
 * from the event loop, without the hop through Vert.x's socket handlers.
 */
final class PgChannelHandler extends ChannelInboundHandlerAdapter {

  static final String NAME = "pgloop-handler";

  private final PgConnectionImpl connection;

  PgChannelHandler(PgConnectionImpl connection) {
    this.connection = connection;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof BackendMessage message) {
      connection.handleMessage(message);
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      connection.handleWritable();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    connection.handleClosed(null);
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // The decoder's own errors arrive wrapped by Netty; the connection reports what is inside.
    Throwable reason =
        cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    connection.handleClosed(reason);
    ctx.close();
  }
}
