package io.pgloop.impl.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.Tuple;
import io.pgloop.data.PgValue;
import io.pgloop.impl.codec.CodecRegistry;
import org.junit.jupiter.api.Test;

/** Where client-side binding finds placeholders, and what it puts there. */
class ClientSideBinderTest {

  private static final CodecRegistry CODECS = CodecRegistry.builtIns();

  private static String bind(String sql, Object... values) {
    return ClientSideBinder.bind(sql, Tuple.of(values), CODECS, true);
  }

  @Test
  void aNegativeNumberAfterAMinusIsNoComment() {
    assertThat(bind("SELECT -$1, $2", -1, "\nWHERE false --"))
        .isEqualTo("SELECT -E'-1'::int4, E'\nWHERE false --'");
  }

  @Test
  void aTypedValueCarriesItsTypeAndATypedNullToo() {
    assertThat(bind("SELECT $1, $2", PgValue.of("jsonb", "{}"), PgValue.nullOf("int8")))
        .isEqualTo("SELECT E'{}'::jsonb, NULL::int8");
  }

  @Test
  void placeholdersInsideLiteralsIdentifiersAndCommentsStay() {
    String sql =
        "SELECT $1, '$1', E'\\'$1', \"$1\", $$ $1 $$, $t$ $1 $t$, U&'$1', a$1, 2$1"
            + " /* $1 /* $1 */ $1 */ -- $1\n$1";
    assertThat(bind(sql, 7))
        .isEqualTo(
            "SELECT E'7'::int4, '$1', E'\\'$1', \"$1\", $$ $1 $$, $t$ $1 $t$, U&'$1', a$1, 2$1"
                + " /* $1 /* $1 */ $1 */ -- $1\nE'7'::int4");
  }

  @Test
  void withoutStandardConformingStringsABackslashEscapesInPlainStrings() {
    assertThat(ClientSideBinder.bind("SELECT 'a\\'$1', $1", Tuple.of(1), CODECS, false))
        .isEqualTo("SELECT 'a\\'$1', E'1'::int4");
    assertThat(ClientSideBinder.bind("SELECT 'a\\', $1", Tuple.of(1), CODECS, true))
        .isEqualTo("SELECT 'a\\', E'1'::int4");
  }

  @Test
  void quotesAndBackslashesAreDoubledAndNullIsNull() {
    assertThat(bind("SELECT $1, $2", "it's a \\ here", null))
        .isEqualTo("SELECT E'it''s a \\\\ here', NULL");
  }

  @Test
  void aLiteralDoesNotMergeWithTheWordAfterIt() {
    assertThat(bind("SELECT $1x", 1)).isEqualTo("SELECT E'1'::int4 x");
    assertThat(bind("SELECT $12", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
        .isEqualTo("SELECT E'12'::int4");
  }

  @Test
  void typesWhoseBareNameMeansSomethingElseAreQuoted() {
    assertThat(SqlLiteral.render(new io.pgloop.data.BitString("101"), CODECS))
        .isEqualTo("E'101'::varbit");
    assertThat(SqlLiteral.render(new int[] {1, 2}, CODECS)).isEqualTo("E'{1,2}'::_int4");
  }

  @Test
  void aMissingParameterOrAnUnknownClassIsNamed() {
    assertThatThrownBy(() -> bind("SELECT $1, $3", 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the statement refers to $3, the tuple has 2 parameters");
    assertThatThrownBy(() -> bind("SELECT $0"))
        .hasMessage("the statement refers to $0, the tuple has 0 parameters");
    assertThatThrownBy(() -> bind("SELECT $1", new Object()))
        .hasMessage("parameter $1: cannot bind java.lang.Object: no codec accepts it");
    assertThatThrownBy(() -> bind("SELECT $1", "a\0b"))
        .hasMessage("parameter $1: a SQL literal cannot hold a NUL character (at index 1)");
  }
}
