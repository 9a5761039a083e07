package io.pgloop.impl.protocol.backend;

import static io.pgloop.impl.protocol.backend.DecoderFeed.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pgloop.PgProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CopyData messages of one read, which the decoder copies out as a run sharing one array: each
 * still has exactly its own bytes, in order, whatever the network split, and keeps them whatever
 * happens to the others.
 */
class CopyDataRunTest {

  private static final String ROWS =
      "64 0000000a 31096f6e650a" // 1\tone\n
          + " 64 0000000a 320974776f0a" // 2\ttwo\n
          + " 64 00000004" // an empty chunk
          + " 64 0000000c 330974687265650a" // 3\tthree\n
          + " 63 00000004" // CopyDone
          + " 43 0000000b 434f50592033 00"; // CommandComplete COPY 3

  @Test
  void eachMessageOfARunKeepsItsOwnBytesInOrder() {
    DecoderFeed.inEveryWay(
        hex(ROWS),
        messages -> {
          assertThat(texts(messages.subList(0, 4)))
              .containsExactly("1\tone\n", "2\ttwo\n", "", "3\tthree\n");
          assertThat(messages.get(4)).isSameAs(CopyDone.INSTANCE);
          assertThat(((CommandComplete) messages.get(5)).tag()).isEqualTo("COPY 3");
          for (int i : new int[] {0, 1, 3}) {
            assertThat(((CopyData) messages.get(i)).data().isDirect()).as("direct").isFalse();
          }
        });
  }

  @Test
  void releasingOneBufferOfARunLeavesTheOthersReadable() {
    List<BackendMessage> messages = DecoderFeed.decode(List.of(hex(ROWS)));
    ByteBuf first = ((CopyData) messages.get(0)).data();

    first.release();
    first.release();

    assertThat(texts(messages.subList(0, 4)))
        .containsExactly("1\tone\n", "2\ttwo\n", "", "3\tthree\n");
  }

  @Test
  void aRunStopsAtItsSizeLimitAndTheRestFollowsInOrder() {
    StringBuilder wire = new StringBuilder();
    List<String> expected = new ArrayList<>();
    // 100 bytes a message with its header: a few runs' worth.
    for (int i = 0; i < 3 * CopyData.RUN_BYTES / 100; i++) {
      String row = String.format("%094d\n", i);
      expected.add(row);
      wire.append("64 00000063 ")
          .append(ByteBufUtil.hexDump(row.getBytes(StandardCharsets.US_ASCII)));
    }

    List<BackendMessage> messages = DecoderFeed.decode(List.of(hex(wire.toString())));

    assertThat(texts(messages)).containsExactlyElementsOf(expected);
  }

  @Test
  void aMessageLargerThanARunHasItsOwnArray() {
    byte[] big = new byte[CopyData.RUN_BYTES * 2];
    java.util.Arrays.fill(big, (byte) 'x');
    String wire =
        "64 0000000a 31096f6e650a 64 "
            + String.format("%08x", big.length + 4)
            + ByteBufUtil.hexDump(big)
            + " 64 0000000a 32096f6e650a";

    List<BackendMessage> messages = DecoderFeed.decode(List.of(hex(wire)));

    assertThat(texts(messages))
        .containsExactly("1\tone\n", new String(big, StandardCharsets.US_ASCII), "2\tone\n");
  }

  @Test
  void aBadHeaderAfterARunIsStillReportedAfterTheRun() {
    EmbeddedChannel channel = new EmbeddedChannel(new BackendMessageDecoder(64));
    ByteBuf in =
        PooledByteBufAllocator.DEFAULT
            .directBuffer()
            .writeBytes(hex("64 0000000a 31096f6e650a 64 00000041"));

    assertThatThrownBy(() -> channel.writeInbound(in))
        .isInstanceOf(PgProtocolException.class)
        .hasMessage("message 'd' of 65 bytes exceeds the maximum message size of 64");
    CopyData first = channel.readInbound();
    assertThat(first.data().toString(StandardCharsets.UTF_8)).isEqualTo("1\tone\n");
    assertThat(in.refCnt()).isZero();
    channel.finishAndReleaseAll();
  }

  private static List<String> texts(List<BackendMessage> messages) {
    List<String> texts = new ArrayList<>();
    for (BackendMessage message : messages) {
      texts.add(((CopyData) message).data().toString(StandardCharsets.UTF_8));
    }
    return texts;
  }
}
