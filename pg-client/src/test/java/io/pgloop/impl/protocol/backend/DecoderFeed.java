package io.pgloop.impl.protocol.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds bytes to a {@link BackendMessageDecoder} in an {@link EmbeddedChannel} the three ways a
 * network can deliver them: whole, split in two at every position, and one byte at a time. Each
 * chunk is a pooled buffer, so a chunk the decoder fails to release is caught both here and by
 * Netty's paranoid leak detector.
 */
final class DecoderFeed {

  static final int MAX = BackendMessageDecoder.DEFAULT_MAX_MESSAGE_SIZE;

  private DecoderFeed() {}

  /** Bytes from hex that may contain spaces and newlines for readability. */
  static byte[] hex(String hex) {
    return ByteBufUtil.decodeHexDump(hex.replaceAll("\\s", ""));
  }

  /**
   * Decodes {@code bytes} in every feeding mode and hands each mode's messages to {@code check};
   * also asserts that each mode consumed everything, released every chunk and left nothing.
   */
  static void inEveryWay(byte[] bytes, Consumer<List<BackendMessage>> check) {
    check.accept(decode(List.of(bytes)));
    for (int at = 1; at < bytes.length; at++) {
      byte[] first = new byte[at];
      byte[] second = new byte[bytes.length - at];
      System.arraycopy(bytes, 0, first, 0, at);
      System.arraycopy(bytes, at, second, 0, second.length);
      check.accept(decode(List.of(first, second)));
    }
    List<byte[]> single = new ArrayList<>();
    for (byte b : bytes) {
      single.add(new byte[] {b});
    }
    check.accept(decode(single));
  }

  /** Feeds each chunk in its own read, then returns every message the decoder fired. */
  static List<BackendMessage> decode(List<byte[]> chunks) {
    BackendMessageDecoder decoder = new BackendMessageDecoder(MAX);
    EmbeddedChannel channel = new EmbeddedChannel(decoder);
    List<ByteBuf> sent = new ArrayList<>();
    for (byte[] chunk : chunks) {
      ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(chunk.length).writeBytes(chunk);
      sent.add(buf);
      channel.writeInbound(buf);
    }
    assertThat(decoder.bufferedBytes()).as("bytes left undecoded").isZero();
    List<BackendMessage> messages = new ArrayList<>();
    Object message;
    while ((message = channel.readInbound()) != null) {
      messages.add((BackendMessage) message);
    }
    assertThat(channel.finish()).as("messages left in the channel").isFalse();
    assertThat(sent).allSatisfy(buf -> assertThat(buf.refCnt()).as("chunk refCnt").isZero());
    return messages;
  }
}
