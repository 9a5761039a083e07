package io.pgloop.impl.protocol.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every frontend message against the exact bytes a server expects; hex grouped by field. */
class FrontendMessagesTest {

  private static final byte[] KEY_32 =
      ByteBufUtil.decodeHexDump("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

  @Test
  void startupOfProtocol30() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("user", "alice");
    params.put("database", "shop");
    assertEncodes(
        out -> FrontendMessages.startup(out, 0, params),
        "00000022 00030000 7573657200 616c69636500 646174616261736500 73686f7000 00");
  }

  @Test
  void startupOfProtocol32() {
    assertEncodes(
        out -> FrontendMessages.startup(out, 2, Map.of("user", "alice")),
        "00000014 00030002 7573657200 616c69636500 00");
  }

  @Test
  void sslAndGssEncRequests() {
    assertEncodes(FrontendMessages::sslRequest, "00000008 04d2162f");
    assertEncodes(FrontendMessages::gssEncRequest, "00000008 04d21630");
  }

  @Test
  void cancelRequestWithTheKeysOfBothProtocols() {
    assertEncodes(
        out -> FrontendMessages.cancelRequest(out, 12345, new byte[] {10, 11, 12, 13}),
        "00000010 04d2162e 00003039 0a0b0c0d");
    assertEncodes(
        out -> FrontendMessages.cancelRequest(out, 12345, KEY_32),
        "0000002c 04d2162e 00003039 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  }

  @Test
  void password() {
    assertEncodes(out -> FrontendMessages.password(out, "secret"), "70 0000000b 73656372657400");
  }

  @Test
  void saslInitialResponseWithAndWithoutData() {
    assertEncodes(
        out -> FrontendMessages.saslInitialResponse(out, "SCRAM-SHA-256", ascii("n,,n=,r=abc")),
        "70 00000021 534352414d2d5348412d32353600 0000000b 6e2c2c6e3d2c723d616263");
    assertEncodes(
        out -> FrontendMessages.saslInitialResponse(out, "SCRAM-SHA-256", null),
        "70 00000016 534352414d2d5348412d32353600 ffffffff");
  }

  @Test
  void saslResponse() {
    assertEncodes(
        out -> FrontendMessages.saslResponse(out, ascii("c=biws,r=abc,p=xyz")),
        "70 00000016 633d626977732c723d6162632c703d78797a");
  }

  @Test
  void query() {
    assertEncodes(out -> FrontendMessages.query(out, "SELECT 1"), "51 0000000d 53454c454354203100");
  }

  @Test
  void queryLengthCountsUtf8BytesIncludingSurrogatePairs() {
    assertEncodes(
        out -> FrontendMessages.query(out, "SELECT 'é\uD83D\uDE00'"),
        "51 00000014 53454c4543542027 c3a9 f09f9880 2700");
  }

  @Test
  void parseNamedWithTypesAndUnnamedWithout() {
    assertEncodes(
        out -> FrontendMessages.parse(out, "s1", "SELECT $1::int4", new int[] {23}),
        "50 0000001d 733100 53454c4543542024313a3a696e743400 0001 00000017");
    assertEncodes(
        out -> FrontendMessages.parse(out, "", "BEGIN", null), "50 0000000d 00 424547494e00 0000");
  }

  @Test
  void bindWithBinaryNullAndTextParameters() {
    ParameterWriter params =
        (index, out) ->
            switch (index) {
              case 0 -> {
                out.writeInt(42);
                yield true;
              }
              case 1 -> false;
              default -> {
                out.writeCharSequence("abc", StandardCharsets.UTF_8);
                yield true;
              }
            };
    assertEncodes(
        out ->
            FrontendMessages.bind(out, "", "s1", new short[] {1, 0, 0}, 3, params, new short[] {1}),
        "42 00000029 00 733100 0003 0001 0000 0000"
            + " 0003 00000004 0000002a ffffffff 00000003 616263"
            + " 0001 0001");
  }

  @Test
  void bindWithoutParametersOrFormats() {
    assertEncodes(
        out -> FrontendMessages.bind(out, "p1", "", null, 0, null, null),
        "42 0000000e 703100 00 0000 0000 0000");
  }

  @Test
  void bindRestoresTheBufferWhenAParameterWriterThrows() {
    IllegalStateException failure = new IllegalStateException("parameter $2: cannot encode");
    ParameterWriter params =
        (index, out) -> {
          out.writeInt(7);
          if (index == 1) {
            throw failure;
          }
          return true;
        };
    ByteBuf out = PooledByteBufAllocator.DEFAULT.buffer();
    try {
      FrontendMessages.sync(out);
      assertThatThrownBy(
              () -> FrontendMessages.bind(out, "", "s1", null, 3, params, new short[] {1}))
          .isSameAs(failure);
      assertThat(ByteBufUtil.hexDump(out)).isEqualTo("5300000004");
    } finally {
      out.release();
    }
  }

  @Test
  void describeStatementAndPortal() {
    assertEncodes(out -> FrontendMessages.describe(out, 'S', "s1"), "44 00000008 53 733100");
    assertEncodes(out -> FrontendMessages.describe(out, 'P', ""), "44 00000006 50 00");
  }

  @Test
  void executeAllRowsAndAtMostSome() {
    assertEncodes(out -> FrontendMessages.execute(out, "", 0), "45 00000009 00 00000000");
    assertEncodes(out -> FrontendMessages.execute(out, "p1", 100), "45 0000000b 703100 00000064");
  }

  @Test
  void closeStatement() {
    assertEncodes(out -> FrontendMessages.close(out, 'S', "s1"), "43 00000008 53 733100");
  }

  @Test
  void syncFlushTerminateAndCopyDone() {
    assertEncodes(FrontendMessages::sync, "53 00000004");
    assertEncodes(FrontendMessages::flush, "48 00000004");
    assertEncodes(FrontendMessages::terminate, "58 00000004");
    assertEncodes(FrontendMessages::copyDone, "63 00000004");
  }

  @Test
  void copyDataLeavesTheDataItsReaderIndex() {
    ByteBuf data = Unpooled.copiedBuffer("1\tone\n", StandardCharsets.UTF_8);
    assertEncodes(out -> FrontendMessages.copyData(out, data), "64 0000000a 31096f6e650a");
    assertThat(data.readerIndex()).isZero();
  }

  @Test
  void copyDataHeaderAlone() {
    assertEncodes(out -> FrontendMessages.copyDataHeader(out, 6), "64 0000000a");
  }

  @Test
  void copyFail() {
    assertEncodes(out -> FrontendMessages.copyFail(out, "bad row"), "66 0000000c 62616420726f7700");
  }

  @Test
  void aNulInAStringIsRefusedWithTheFieldNamedAndTheBufferRestored() {
    assertRefused(out -> FrontendMessages.query(out, "SELECT 1\0"), "SQL text");
    assertRefused(out -> FrontendMessages.parse(out, "s\0", "SELECT 1", null), "statement name");
    assertRefused(out -> FrontendMessages.parse(out, "s1", "SELECT\0 1", null), "SQL text");
    assertRefused(out -> FrontendMessages.bind(out, "p\0", "", null, 0, null, null), "portal name");
    assertRefused(out -> FrontendMessages.password(out, "se\0cret"), "password");
    assertRefused(
        out -> FrontendMessages.startup(out, 0, Map.of("user", "al\0ice")),
        "startup parameter user");
    assertRefused(out -> FrontendMessages.copyFail(out, "\0"), "copy failure message");
  }

  @Test
  void anUnknownDescribeOrCloseKindIsRefused() {
    assertThatThrownBy(() -> encode(out -> FrontendMessages.describe(out, 'X', "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind must be 'S' or 'P', got 'X'");
    assertThatThrownBy(() -> encode(out -> FrontendMessages.close(out, 's', "")))
        .hasMessage("kind must be 'S' or 'P', got 's'");
  }

  @Test
  void tooManyParametersAreRefused() {
    assertThatThrownBy(() -> encode(out -> FrontendMessages.parse(out, "", "", new int[65536])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of parameter types is 65536, outside the protocol's 0..65535");
  }

  @Test
  void messagesAppendToWhatIsAlreadyInTheBuffer() {
    assertEncodes(
        out -> {
          FrontendMessages.execute(out, "", 0);
          FrontendMessages.sync(out);
        },
        "45 00000009 00 00000000 53 00000004");
  }

  private static void assertRefused(Consumer<ByteBuf> encoding, String field) {
    ByteBuf out = PooledByteBufAllocator.DEFAULT.buffer();
    try {
      FrontendMessages.flush(out);
      assertThatThrownBy(() -> encoding.accept(out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(field + " contains a NUL character");
      assertThat(ByteBufUtil.hexDump(out)).isEqualTo("4800000004");
    } finally {
      out.release();
    }
  }

  private static void assertEncodes(Consumer<ByteBuf> encoding, String hex) {
    assertThat(encode(encoding)).isEqualTo(hex.replace(" ", ""));
  }

  /** Encodes into a small pooled buffer, so that growing it is exercised too, and releases it. */
  private static String encode(Consumer<ByteBuf> encoding) {
    ByteBuf out = PooledByteBufAllocator.DEFAULT.buffer(4);
    try {
      encoding.accept(out);
      return ByteBufUtil.hexDump(out);
    } finally {
      out.release();
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
