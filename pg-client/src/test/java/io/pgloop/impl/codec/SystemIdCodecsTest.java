package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.assertRoundTrip;
import static io.pgloop.impl.codec.CodecFixtures.binary;
import static io.pgloop.impl.codec.CodecFixtures.codec;
import static io.pgloop.impl.codec.CodecFixtures.fromBinary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SystemIdCodecsTest {

  @Test
  void idsAreUnsignedIntegers() {
    assertThat(binary("xid", "4294967295")).isEqualTo("ffffffff");
    assertThat(fromBinary("xid", "80000000")).isEqualTo("2147483648");
    assertThat(binary("cid", "7")).isEqualTo("00000007");
    assertThat(binary("xid8", "18446744073709551615")).isEqualTo("ffffffffffffffff");
    assertThat(fromBinary("xid8", "8000000000000000")).isEqualTo("9223372036854775808");
    assertRoundTrip("xid", "0");
    assertRoundTrip("xid8", "12345");
  }

  @Test
  void tidIsBlockAndOffset() {
    assertThat(binary("tid", "(0,1)")).isEqualTo("000000000001");
    assertThat(fromBinary("tid", "ffffffffffff")).isEqualTo("(4294967295,65535)");
    assertRoundTrip("tid", "(12,3)");
  }

  @Test
  void pgLsnIsTwoHexHalves() {
    assertThat(binary("pg_lsn", "16/B374D848")).isEqualTo("00000016b374d848");
    assertThat(fromBinary("pg_lsn", "0000000000000000")).isEqualTo("0/0");
    assertThat(fromBinary("pg_lsn", "ffffffffffffffff")).isEqualTo("FFFFFFFF/FFFFFFFF");
    assertRoundTrip("pg_lsn", "1/0");
  }

  @Test
  void onlyCanonicalTextTravelsInBinary() {
    // Other spellings the server's input functions read are left to the server, as text.
    for (String[] c :
        new String[][] {
          {"xid", "0x10"}, {"xid", "4294967296"}, {"xid", " 1"}, {"tid", "( 0, 1)"},
          {"tid", "(0,65536)"}, {"pg_lsn", "16/b374d848"}, {"pg_lsn", "016/0"}, {"xid8", "-1"}
        }) {
      assertThat(codec(c[0]).canEncode(c[1])).as("%s %s", c[0], c[1]).isFalse();
    }
    assertThat(codec("xid").canEncode(5)).isFalse();
    assertThatThrownBy(() -> binary("tid", "(0, 1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot encode java.lang.String (0, 1) as tid: not in the form the server writes");
  }
}
