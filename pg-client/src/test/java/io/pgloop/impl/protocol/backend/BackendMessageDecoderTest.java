package io.pgloop.impl.protocol.backend;

import static io.pgloop.impl.protocol.backend.DecoderFeed.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.pgloop.PgProtocolException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Framing errors and malformed bodies: each fails with a protocol error that names the problem. */
class BackendMessageDecoderTest {

  private EmbeddedChannel channel;

  @AfterEach
  void closeChannel() {
    if (channel != null) {
      channel.finishAndReleaseAll();
    }
  }

  @Test
  void aLengthBelowFourFailsOnTheHeader() {
    assertFails(16, "44 00000003", "message 'D' has length 3, below the minimum of 4");
  }

  @Test
  void aNegativeLengthFailsOnTheHeader() {
    assertFails(16, "44 ffffffff", "message 'D' has length -1, below the minimum of 4");
  }

  @Test
  void aLengthAboveTheMaximumFailsBeforeTheBodyArrives() {
    assertFails(
        DecoderFeed.MAX,
        "44 7fffffff",
        "message 'D' of 2147483647 bytes exceeds the maximum message size of 1073741824");
    assertFails(
        16, "44 00000011", "message 'D' of 17 bytes exceeds the maximum message size of 16");
  }

  @Test
  void aLengthAtTheMaximumIsAccepted() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(16));
    channel.writeInbound(buf("43 00000010 53454c454354203132333400"));
    assertThat(channel.<CommandComplete>readInbound().tag()).isEqualTo("SELECT 1234");
  }

  @Test
  void aRepeatedCommandTagIsDecodedOnceAndAnotherTagStillDecodes() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(DecoderFeed.MAX));
    // SELECT 1, SELECT 1, SELECT 2: the first message is handed out again, the third is new.
    channel.writeInbound(
        buf(
            "43 0000000d 53454c4543542031 00 43 0000000d 53454c4543542031 00"
                + " 43 0000000d 53454c4543542032 00"));
    CommandComplete first = channel.readInbound();
    CommandComplete second = channel.readInbound();
    CommandComplete third = channel.readInbound();

    assertThat(second).isSameAs(first);
    assertThat(first.tag()).isEqualTo("SELECT 1");
    assertThat(third.tag()).isEqualTo("SELECT 2");
  }

  @Test
  void aTagThatOnlyStartsLikeTheLastIsNotTakenForIt() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(DecoderFeed.MAX));
    // SELECT 1, then SELECT 10 and SELECT (the same prefix, longer and shorter).
    channel.writeInbound(
        buf(
            "43 0000000d 53454c4543542031 00 43 0000000e 53454c454354203130 00"
                + " 43 0000000b 53454c454354 00"));

    assertThat(channel.<CommandComplete>readInbound().tag()).isEqualTo("SELECT 1");
    assertThat(channel.<CommandComplete>readInbound().tag()).isEqualTo("SELECT 10");
    assertThat(channel.<CommandComplete>readInbound().tag()).isEqualTo("SELECT");
  }

  @Test
  void anUnknownTypeFailsOnTheHeader() {
    assertFails(16, "78 00000004", "unknown backend message type 'x' (0x78)");
    assertFails(16, "00 00000004", "unknown backend message type 0x00");
  }

  @Test
  void theHeaderIsCheckedAsSoonAsItsFiveBytesAreIn() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(16));
    channel.writeInbound(buf("44 0000"));
    assertThatThrownBy(() -> channel.writeInbound(buf("0011")))
        .isInstanceOf(PgProtocolException.class);
  }

  @Test
  void afterAnErrorEverythingReceivedIsDiscarded() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(16));
    assertThatThrownBy(() -> channel.writeInbound(buf("78 00000004")));
    ByteBuf valid = buf("5a 00000005 49");
    assertThat(channel.writeInbound(valid)).isFalse();
    assertThat(valid.refCnt()).isZero();
  }

  @Test
  void messagesBeforeAnErrorInTheSameReadAreStillDelivered() {
    channel = new EmbeddedChannel(new BackendMessageDecoder(16));
    assertThatThrownBy(() -> channel.writeInbound(buf("5a 00000005 49 78 00000004")))
        .hasMessage("unknown backend message type 'x' (0x78)");
    assertThat(channel.<ReadyForQuery>readInbound()).isSameAs(ReadyForQuery.IDLE);
  }

  @Test
  void aStringWithoutItsNulNamesTheField() {
    assertFails(
        64,
        "53 0000000b 6e616d6500 76616c",
        "malformed message 'S' (ParameterStatus): parameter value has no terminating NUL");
  }

  @Test
  void aTruncatedBodyNamesTheMessage() {
    assertFails(
        64,
        "54 0000000b 0001 696400 00004001",
        "malformed message 'T' (RowDescription): truncated body of 7 bytes");
  }

  @Test
  void bytesAfterTheBodyAreAnError() {
    assertFails(
        64,
        "5a 00000006 4900",
        "malformed message 'Z' (ReadyForQuery): 1 unexpected bytes after the body");
  }

  @Test
  void anUnknownTransactionStatusIsAnError() {
    assertFails(
        64,
        "5a 00000005 58",
        "malformed message 'Z' (ReadyForQuery): unknown transaction status 'X' (0x58)");
  }

  @Test
  void anUnknownAuthenticationCodeIsNamed() {
    assertFails(
        64,
        "52 00000008 0000000d",
        "malformed message 'R' (Authentication): unknown authentication request code 13");
  }

  @Test
  void aSecretKeyLongerThan256BytesIsAnError() {
    assertFails(
        512,
        "4b 0000010d 00003039" + "00".repeat(261),
        "malformed message 'K' (BackendKeyData): secret key has 261 bytes, outside 4..256");
  }

  @Test
  void aDataRowColumnRunningPastTheRowIsAnError() {
    assertFails(
        64,
        "44 0000000d 0001 00000005 616263",
        "malformed message 'D' (DataRow): column 0 of 1 is truncated");
    assertFails(
        64,
        "44 0000000a 0002 ffffffff",
        "malformed message 'D' (DataRow): column 1 of 2 is truncated");
  }

  @Test
  void aDataRowColumnLengthBelowMinusOneIsAnError() {
    assertFails(
        64, "44 0000000a 0001 fffffffe", "malformed message 'D' (DataRow): column 0 has length -2");
  }

  @Test
  void aDataRowWithBytesAfterItsColumnsIsAnError() {
    assertFails(
        64,
        "44 0000000b 0001 ffffffff 00",
        "malformed message 'D' (DataRow): 1 bytes follow the last of 1 columns");
  }

  @Test
  void aFunctionCallResponseLengthMustMatchTheBody() {
    assertFails(
        64,
        "56 0000000a 00000004 0000",
        "malformed message 'V' (FunctionCallResponse):"
            + " result length 4 does not match the 2 bytes that follow");
  }

  @Test
  void aNegotiateProtocolVersionCountLargerThanTheBodyIsAnError() {
    assertFails(
        64,
        "76 0000000c 00000000 7fffffff",
        "malformed message 'v' (NegotiateProtocolVersion):"
            + " option count 2147483647 does not fit the message");
  }

  @Test
  void theMaximumMustAllowAnEmptyMessage() {
    assertThatThrownBy(() -> new BackendMessageDecoder(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMessageSize must be at least 4, got 3");
  }

  /** Asserts the error is fired unwrapped, with its text, and that the input was released. */
  private void assertFails(int maxMessageSize, String hex, String message) {
    EmbeddedChannel failing = new EmbeddedChannel(new BackendMessageDecoder(maxMessageSize));
    ByteBuf input = buf(hex);
    assertThatThrownBy(() -> failing.writeInbound(input))
        .isExactlyInstanceOf(PgProtocolException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((PgProtocolException) e).sqlState()).isEqualTo("08P01"));
    assertThat(input.refCnt()).isZero();
    assertThat(failing.finish()).isFalse();
  }

  private static ByteBuf buf(String hex) {
    byte[] bytes = hex(hex);
    return PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
  }
}
