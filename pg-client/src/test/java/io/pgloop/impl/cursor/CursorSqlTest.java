package io.pgloop.impl.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.CursorOptions;
import io.pgloop.FetchDirection;
import org.junit.jupiter.api.Test;

/** The SQL of named cursors, and the quoting of their names. */
class CursorSqlTest {

  @Test
  void namesAreQuotedWithTheirDoubleQuotesDoubled() {
    assertThat(CursorSql.quote("c")).isEqualTo("\"c\"");
    assertThat(CursorSql.quote("My \"odd\" name")).isEqualTo("\"My \"\"odd\"\" name\"");
    assertThat(CursorSql.quote("é".repeat(31))).hasSize(33);
  }

  @Test
  void namesThatCannotBeIdentifiersAreRefused() {
    assertThatThrownBy(() -> CursorSql.quote("")).hasMessage("a cursor name must not be empty");
    assertThatThrownBy(() -> CursorSql.quote("a\0b"))
        .hasMessage("cursor name \"a\\0b\" holds a NUL character");
    // 32 two-byte characters: 64 bytes.
    assertThatThrownBy(() -> CursorSql.quote("é".repeat(32)))
        .hasMessageEndingWith("is 64 bytes long; PostgreSQL names hold at most 63");
  }

  @Test
  void declareSpellsEveryOption() {
    assertThat(CursorSql.declare("\"c\"", "SELECT 1", new CursorOptions()))
        .isEqualTo("DECLARE \"c\" CURSOR WITHOUT HOLD FOR SELECT 1");
    assertThat(
            CursorSql.declare(
                "\"c\"", "SELECT 1", new CursorOptions().setScroll(true).setWithHold(true)))
        .isEqualTo("DECLARE \"c\" SCROLL CURSOR WITH HOLD FOR SELECT 1");
    assertThat(CursorSql.declare("\"c\"", "SELECT 1", new CursorOptions().setScroll(false)))
        .isEqualTo("DECLARE \"c\" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT 1");
  }

  @Test
  void fetchAndMoveSpellEveryDirection() {
    assertThat(CursorSql.position("FETCH", FetchDirection.NEXT, 0, "\"c\""))
        .isEqualTo("FETCH NEXT FROM \"c\"");
    assertThat(CursorSql.position("FETCH", FetchDirection.ABSOLUTE, -3, "\"c\""))
        .isEqualTo("FETCH ABSOLUTE -3 FROM \"c\"");
    assertThat(CursorSql.position("MOVE", FetchDirection.BACKWARD_ALL, 0, "\"c\""))
        .isEqualTo("MOVE BACKWARD ALL FROM \"c\"");
    assertThat(CursorSql.position("MOVE", FetchDirection.FORWARD, 5, "\"c\""))
        .isEqualTo("MOVE FORWARD 5 FROM \"c\"");
  }
}
