package io.pgloop.impl.codec;

import static io.pgloop.impl.codec.CodecFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.data.TsQuery;
import io.pgloop.data.TsVector;
import io.pgloop.data.TsVector.Lexeme;
import io.pgloop.data.TsVector.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchCodecsTest {

  private static final TsVector WEIGHTED =
      TsVector.of(
          new Lexeme(
              "a",
              List.of(
                  new Position(1, 'A'),
                  new Position(2, 'B'),
                  new Position(3, 'C'),
                  new Position(16383, 'D'))));

  @Test
  void vectorPositionsPackTheWeightInTheTopTwoBits() {
    assertThat(binary("tsvector", WEIGHTED))
        .isEqualTo("00000001" + "6100" + "0004c00180024003" + "3fff");
    assertThat(text("tsvector", WEIGHTED)).isEqualTo("'a':1A,2B,3C,16383");
    assertThat(fromBinary("tsvector", "00000001 6100 0004 c001 8002 4003 3fff"))
        .isEqualTo(WEIGHTED);
    assertThat(fromText("tsvector", "'a':1A,2B,3C,16383")).isEqualTo(WEIGHTED);
    assertRoundTrip("tsvector", WEIGHTED);
  }

  @Test
  void emptyVectorAndLexemesWithoutPositions() {
    assertThat(binary("tsvector", TsVector.EMPTY)).isEqualTo("00000000");
    assertThat(fromBinary("tsvector", "00000000")).isEqualTo(TsVector.EMPTY);
    assertThat(text("tsvector", TsVector.EMPTY)).isEmpty();
    TsVector words = TsVector.of(Lexeme.of("cat"), Lexeme.of("fat", 2));
    assertThat(binary("tsvector", words))
        .isEqualTo("00000002" + "63617400" + "0000" + "66617400" + "00010002");
    assertThat(text("tsvector", words)).isEqualTo("'cat' 'fat':2");
    assertThat(fromText("tsvector", "cat fat:2")).isEqualTo(words);
  }

  @Test
  void quotesBackslashesSpacesAndUnicodeInLexemes() {
    TsVector odd =
        TsVector.of(Lexeme.of("it's a"), Lexeme.of("a\\b", 7), Lexeme.of("caf\u00e9\ud83d\ude00"));
    assertThat(text("tsvector", odd)).isEqualTo("'it''s a' 'a\\\\b':7 'caf\u00e9\ud83d\ude00'");
    assertThat(binary("tsvector", TsVector.of(Lexeme.of("\u00e9"))))
        .isEqualTo("00000001c3a9000000");
    assertRoundTrip("tsvector", odd);
    assertThat(fromText("tsvector", "it\\'s")).isEqualTo(TsVector.of(Lexeme.of("it's")));
  }

  @Test
  void vectorErrorsNameTheValue() {
    assertThatThrownBy(() -> new Position(0, 'A'))
        .hasMessage("tsvector position 0 is out of range 1..16383");
    assertThatThrownBy(() -> new Position(1, 'E'))
        .hasMessage("tsvector weight 'E' is not one of A, B, C, D");
    assertThatThrownBy(() -> fromText("tsvector", "'open"))
        .hasMessage("invalid tsvector value: unterminated quoted lexeme in \"'open\"");
    assertThatThrownBy(() -> fromBinary("tsvector", "00000001 6100 0000 ff"))
        .hasMessage("invalid tsvector value: 1 bytes left after 1 lexemes");
    assertThatThrownBy(() -> binary("tsvector", 42))
        .hasMessage("cannot encode java.lang.Integer as tsvector");
  }

  @Test
  void queryItemsAreInPrefixOrderRightOperandFirst() {
    TsQuery query = new TsQuery("'a' & !'b' | 'c':*");
    String golden = "00000006 0203 0100016300 0202 0201 0100006200 0100006100";
    assertThat(binary("tsquery", query)).isEqualTo(golden.replace(" ", ""));
    assertThat(fromBinary("tsquery", golden)).isEqualTo(query);
    assertThat(binary("tsquery", "a&!b|c:*")).isEqualTo(golden.replace(" ", ""));
    assertThat(text("tsquery", query)).isEqualTo("'a' & !'b' | 'c':*");
    assertRoundTrip("tsquery", query);
  }

  @Test
  void queryPhraseDistanceWeightsAndEmpty() {
    assertThat(binary("tsquery", "'a' <2> 'b':AB"))
        .isEqualTo("00000003" + "02040002" + "010c006200" + "0100006100");
    assertThat(fromBinary("tsquery", "00000003 0204 0001 0100006200 01090161 00"))
        .isEqualTo(new TsQuery("'a':*AD <-> 'b'"));
    assertThatThrownBy(() -> binary("tsquery", ""))
        .hasMessage(
            "cannot encode an empty io.pgloop.data.TsQuery as tsquery in binary: PostgreSQL reads"
                + " none; bind it alone (it is sent as text) or write ''::tsquery in the SQL");
    assertThat(fromBinary("tsquery", "00000000")).isEqualTo(new TsQuery(""));
  }

  @Test
  void queryParenthesesAreWrittenWhereTheServerWritesThem() {
    for (String query :
        new String[] {
          "( 'a' | 'b' ) & 'c'",
          "'a' | 'b' & 'c'",
          "'a' <-> ( 'b' <-> 'c' )",
          "'a' <-> 'b' <-> 'c'",
          "!( 'a' & 'b' )",
          "!!'a'",
          "( 'a' & 'b' ) <-> 'c'",
          "'it''s \\\\ \u4e2d\ud83d\ude00'"
        }) {
      assertThat(fromBinary("tsquery", binary("tsquery", query))).isEqualTo(new TsQuery(query));
    }
  }

  @Test
  void queryErrorsNameThePlace() {
    assertThatThrownBy(() -> binary("tsquery", "a & (b"))
        .hasMessage("invalid tsquery \"a & (b\": expected ')' at character 6");
    assertThatThrownBy(() -> binary("tsquery", "a &"))
        .hasMessage("invalid tsquery \"a &\": missing operand at character 3");
    assertThatThrownBy(() -> fromBinary("tsquery", "00000001 07"))
        .hasMessage("invalid tsquery value: item type 7");
  }
}
