package io.pgloop.impl.protocol.backend;

import static io.pgloop.impl.protocol.backend.DecoderFeed.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufUtil;
import io.pgloop.ColumnDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every backend message decoded from the bytes a server sends, fed whole, split at every byte and
 * byte by byte. Hex is grouped as type | length | fields.
 */
class BackendMessagesGoldenTest {

  @Test
  void authenticationOk() {
    assertSingleton("52 00000008 00000000", AuthenticationOk.INSTANCE);
  }

  @Test
  void authenticationKerberosV5() {
    assertSingleton("52 00000008 00000002", AuthenticationKerberosV5.INSTANCE);
  }

  @Test
  void authenticationCleartextPassword() {
    assertSingleton("52 00000008 00000003", AuthenticationCleartextPassword.INSTANCE);
  }

  @Test
  void authenticationMd5Password() {
    assertDecodes("52 0000000c 00000005 9a3b5c7d", new AuthenticationMd5Password(hex("9a3b5c7d")));
  }

  @Test
  void authenticationGss() {
    assertSingleton("52 00000008 00000007", AuthenticationGss.INSTANCE);
  }

  @Test
  void authenticationGssContinue() {
    assertDecodes("52 0000000b 00000008 a1b2c3", new AuthenticationGssContinue(hex("a1b2c3")));
  }

  @Test
  void authenticationSspi() {
    assertSingleton("52 00000008 00000009", AuthenticationSspi.INSTANCE);
  }

  @Test
  void authenticationSaslListsMechanismsInOrder() {
    assertDecodes(
        "52 0000002a 0000000a"
            + " 534352414d2d5348412d3235362d504c555300" // SCRAM-SHA-256-PLUS
            + " 534352414d2d5348412d32353600" // SCRAM-SHA-256
            + " 00",
        new AuthenticationSasl(List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256")));
  }

  @Test
  void authenticationSaslContinue() {
    assertDecodes(
        "52 00000027 0000000b 723d6162632c733d51535843522b513673656b38626639322c693d34303936",
        new AuthenticationSaslContinue(ascii("r=abc,s=QSXCR+Q6sek8bf92,i=4096")));
  }

  @Test
  void authenticationSaslFinal() {
    assertDecodes(
        "52 00000036 0000000c"
            + " 763d36727269545242693233577052522f777475702b6d4d68555a556e2f6442356e4c544a52736a6c393547343d",
        new AuthenticationSaslFinal(ascii("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")));
  }

  @Test
  void backendKeyDataOfProtocol30HasAFourByteKey() {
    assertDecodes("4b 0000000c 00003039 0a0b0c0d", new BackendKeyData(12345, hex("0a0b0c0d")));
  }

  @Test
  void backendKeyDataOfProtocol32HasALongerKey() {
    String key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    assertDecodes("4b 00000028 00003039" + key, new BackendKeyData(12345, hex(key)));
  }

  @Test
  void parameterStatus() {
    assertDecodes(
        "53 00000018 7365727665725f76657273696f6e00 31372e3200",
        new ParameterStatus("server_version", "17.2"));
  }

  @Test
  void readyForQueryInEachStatusIsShared() {
    assertSingleton("5a 00000005 49", ReadyForQuery.IDLE);
    assertSingleton("5a 00000005 54", ReadyForQuery.IN_TRANSACTION);
    assertSingleton("5a 00000005 45", ReadyForQuery.FAILED);
    assertThat(ReadyForQuery.FAILED.status()).isEqualTo(TransactionStatus.FAILED);
  }

  @Test
  void rowDescriptionWithABinaryAndATextColumn() {
    assertDecodes(
        """
        54 00000032 0002
        696400   00004001 0001 00000017 0004 ffffffff 0001
        6e616d6500 00004001 0002 00000019 ffff ffffffff 0000
        """,
        new RowDescription(
            new ColumnDescriptor[] {
              new ColumnDescriptor("id", 16385, (short) 1, 23, (short) 4, -1, (short) 1),
              new ColumnDescriptor("name", 16385, (short) 2, 25, (short) -1, -1, (short) 0)
            }));
  }

  @Test
  void dataRowKeepsItsBodyAsAHeapCopy() {
    String body = "0003 00000004 0000002a ffffffff 00000003 616263";
    DecoderFeed.inEveryWay(
        hex("44 00000019" + body),
        messages -> {
          assertThat(messages).hasSize(1).first().isInstanceOf(DataRow.class);
          DataRow row = (DataRow) messages.get(0);
          assertThat(row.columnCount()).isEqualTo(3);
          assertThat(ByteBufUtil.hexDump(row.payload())).isEqualTo(body.replace(" ", ""));
          assertThat(row.payload().isDirect()).isFalse();
          assertThat(row.payload().getInt(DataRow.FIRST_COLUMN_OFFSET)).isEqualTo(4);
        });
  }

  @Test
  void dataRowWithNoColumns() {
    DecoderFeed.inEveryWay(
        hex("44 00000006 0000"),
        messages -> assertThat(((DataRow) messages.get(0)).columnCount()).isZero());
  }

  @Test
  void commandComplete() {
    assertDecodes("43 0000000f 494e534552542030203500", new CommandComplete("INSERT 0 5"));
  }

  @Test
  void emptyQueryResponse() {
    assertSingleton("49 00000004", EmptyQueryResponse.INSTANCE);
  }

  @Test
  void errorResponseWithEveryFieldAUniqueViolationHas() {
    assertDecodes(
        """
        45 000000a8
        53 4552524f5200
        56 4552524f5200
        43 3233353035 00
        4d 6475706c6963617465206b65792076616c75652076696f6c61746573
           20756e6971756520636f6e73747261696e742022745f706b65792200
        44 4b657920286964293d28312920616c7265616479206578697374732e00
        73 7075626c696300
        74 7400
        6e 745f706b657900
        46 6e6274696e736572742e6300
        4c 36363600
        52 5f62745f636865636b5f756e6971756500
        00
        """,
        new ErrorResponse(
            new ErrorFields(
                "ERROR",
                "ERROR",
                "23505",
                "duplicate key value violates unique constraint \"t_pkey\"",
                "Key (id)=(1) already exists.",
                null,
                null,
                null,
                null,
                null,
                "public",
                "t",
                null,
                null,
                "t_pkey",
                "nbtinsert.c",
                "666",
                "_bt_check_unique")));
  }

  @Test
  void errorResponseWithTheRemainingFieldsAndAnUnknownCodeIgnored() {
    // P 8, p 3, q "SELECT 1/0", W "PL/pgSQL function f() line 3", c "id", d "int4", H "hint",
    // and 'Z' "future", a code this client does not know.
    assertDecodes(
        """
        45 00000057
        43 323230313200
        4d 6400
        48 68696e7400
        50 3800
        70 3300
        71 53454c45435420312f3000
        57 504c2f706753514c2066756e6374696f6e20662829206c696e65203300
        63 696400
        64 696e743400
        5a 66757475726500
        00
        """,
        new ErrorResponse(
            new ErrorFields(
                null,
                null,
                "22012",
                "d",
                null,
                "hint",
                "8",
                "3",
                "SELECT 1/0",
                "PL/pgSQL function f() line 3",
                null,
                null,
                "id",
                "int4",
                null,
                null,
                null,
                null)));
  }

  @Test
  void noticeResponse() {
    assertDecodes(
        """
        4e 0000006e
        53 4e4f5449434500
        56 4e4f5449434500
        43 343250303700
        4d 72656c6174696f6e2022742220616c7265616479206578697374732c20736b697070696e6700
        46 70617273655f7574696c636d642e6300
        4c 32303700
        52 7472616e73666f726d43726561746553746d7400
        00
        """,
        new NoticeResponse(
            ErrorFields.of(
                java.util.Map.of(
                    'S', "NOTICE",
                    'V', "NOTICE",
                    'C', "42P07",
                    'M', "relation \"t\" already exists, skipping",
                    'F', "parse_utilcmd.c",
                    'L', "207",
                    'R', "transformCreateStmt"))));
  }

  @Test
  void parseBindCloseCompleteNoDataPortalSuspended() {
    assertSingleton("31 00000004", ParseComplete.INSTANCE);
    assertSingleton("32 00000004", BindComplete.INSTANCE);
    assertSingleton("33 00000004", CloseComplete.INSTANCE);
    assertSingleton("6e 00000004", NoData.INSTANCE);
    assertSingleton("73 00000004", PortalSuspended.INSTANCE);
  }

  @Test
  void parameterDescription() {
    assertDecodes(
        "74 0000000e 0002 00000017 00000019", new ParameterDescription(new int[] {23, 25}));
  }

  @Test
  void notificationResponse() {
    assertDecodes(
        "41 00000010 00001092 6a6f627300 343200", new NotificationResponse(4242, "jobs", "42"));
  }

  @Test
  void negotiateProtocolVersion() {
    assertDecodes(
        "76 00000015 00000000 00000001 5f70715f2e666f6f00",
        new NegotiateProtocolVersion(0, List.of("_pq_.foo")));
  }

  @Test
  void negotiateProtocolVersionAsServersSendIt() {
    // PostgreSQL 10 to 17, asked for 3.2, answer with the whole number of 3.0: 0x00030000.
    assertDecodes("76 0000000c 00030000 00000000", new NegotiateProtocolVersion(0, List.of()));
  }

  @Test
  void copyInOutAndBothResponses() {
    assertDecodes(
        "47 0000000d 00 0003 0000 0000 0000",
        new CopyResponse(CopyResponse.Kind.IN, (byte) 0, new short[] {0, 0, 0}));
    assertDecodes(
        "48 0000000b 01 0002 0001 0001",
        new CopyResponse(CopyResponse.Kind.OUT, (byte) 1, new short[] {1, 1}));
    assertDecodes(
        "57 00000007 00 0000", new CopyResponse(CopyResponse.Kind.BOTH, (byte) 0, new short[0]));
  }

  @Test
  void copyDataKeepsItsBytesAsAHeapCopy() {
    DecoderFeed.inEveryWay(
        hex("64 0000000a 31096f6e650a"),
        messages -> {
          CopyData data = (CopyData) messages.get(0);
          assertThat(data.data().toString(StandardCharsets.UTF_8)).isEqualTo("1\tone\n");
          assertThat(data.data().isDirect()).isFalse();
        });
  }

  @Test
  void copyDone() {
    assertSingleton("63 00000004", CopyDone.INSTANCE);
  }

  @Test
  void functionCallResponseWithAValueAndWithNull() {
    assertDecodes("56 0000000c 00000004 00000007", new FunctionCallResponse(hex("00000007")));
    assertDecodes("56 00000008 ffffffff", new FunctionCallResponse(null));
  }

  @Test
  void aQueryCycleDecodesIntoItsMessagesInOrder() {
    String cycle =
        "31 00000004"
            + "32 00000004"
            + "44 00000019 0003 00000004 0000002a ffffffff 00000003 616263"
            + "43 0000000d 53454c454354203100"
            + "5a 00000005 49";
    DecoderFeed.inEveryWay(
        hex(cycle),
        messages ->
            assertThat(messages)
                .extracting(m -> m.getClass().getSimpleName())
                .containsExactly(
                    "ParseComplete",
                    "BindComplete",
                    "DataRow",
                    "CommandComplete",
                    "ReadyForQuery"));
  }

  private static void assertDecodes(String hex, BackendMessage expected) {
    DecoderFeed.inEveryWay(
        hex(hex),
        messages -> {
          assertThat(messages).hasSize(1);
          assertThat(messages.get(0))
              .usingRecursiveComparison()
              .withStrictTypeChecking()
              .isEqualTo(expected);
        });
  }

  private static void assertSingleton(String hex, BackendMessage expected) {
    DecoderFeed.inEveryWay(
        hex(hex), messages -> assertThat(messages).singleElement().isSameAs(expected));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
