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
 * The CopyData and DataRow messages of one read, which the decoder copies out as a run sharing one
 * array: each still has exactly its own bytes, in order, whatever the network split, and keeps them
 * whatever happens to the others.
 */
class MessageRunTest {

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
    for (int i = 0; i < 3 * MessageRun.MAX_BYTES / 100; i++) {
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
    byte[] big = new byte[MessageRun.MAX_BYTES * 2];
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

  @Test
  void eachRowOfARunKeepsItsOwnColumns() {
    DecoderFeed.inEveryWay(
        hex(
            "44 0000000e 0001 00000004 00000001" // (1)
                + " 44 0000000f 0002 ffffffff 00000001 61" // (NULL, 'a')
                + " 44 00000006 0000" // ()
                + " 44 0000000e 0001 00000004 00000002" // (2)
                + " 43 0000000d 53454c4543542034 00"), // SELECT 4
        messages -> {
          assertThat(messages).hasSize(5);
          DataRow first = (DataRow) messages.get(0);
          DataRow second = (DataRow) messages.get(1);
          DataRow fourth = (DataRow) messages.get(3);
          assertThat(first.columnCount()).isEqualTo(1);
          assertThat(first.payload().getInt(6)).isEqualTo(1);
          assertThat(second.columnCount()).isEqualTo(2);
          assertThat(second.payload().getInt(2)).isEqualTo(-1);
          assertThat(second.payload().getByte(10)).isEqualTo((byte) 'a');
          assertThat(second.payload().readableBytes()).isEqualTo(11);
          assertThat(((DataRow) messages.get(2)).columnCount()).isZero();
          assertThat(fourth.payload().getInt(6)).isEqualTo(2);
          assertThat(((CommandComplete) messages.get(4)).tag()).isEqualTo("SELECT 4");
        });
  }

  @Test
  void aMalformedRowAfterARunIsReportedAfterTheRowsBeforeIt() {
    EmbeddedChannel channel = new EmbeddedChannel(new BackendMessageDecoder(DecoderFeed.MAX));
    ByteBuf in =
        PooledByteBufAllocator.DEFAULT
            .directBuffer()
            .writeBytes(
                hex(
                    "44 0000000e 0001 00000004 00000001 44 0000000e 0001 00000004 00000002"
                        + " 44 0000000e 0001 00000005 00000003"));

    assertThatThrownBy(() -> channel.writeInbound(in))
        .isInstanceOf(PgProtocolException.class)
        .hasMessage("malformed message 'D' (DataRow): column 0 of 1 is truncated");
    assertThat(channel.<DataRow>readInbound().payload().getInt(6)).isEqualTo(1);
    assertThat(channel.<DataRow>readInbound().payload().getInt(6)).isEqualTo(2);
    assertThat(channel.<Object>readInbound()).isNull();
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
