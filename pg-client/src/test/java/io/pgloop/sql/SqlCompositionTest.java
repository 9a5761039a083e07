package io.pgloop.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering of identifiers, literals, placeholders and templates, without a server. */
class SqlCompositionTest {

  @Test
  void identifiersAreQuotedAndQualified() {
    assertThat(Identifier.of("events").render()).isEqualTo("\"events\"");
    assertThat(Identifier.of("App", "my \"t\"").render()).isEqualTo("\"App\".\"my \"\"t\"\"\"");
    assertThat(Identifier.of("a\\b", "日本", "😀").render()).isEqualTo("\"a\\b\".\"日本\".\"😀\"");
  }

  @Test
  void anIdentifierNeedsNonEmptyPartsWithoutNul() {
    assertThatThrownBy(Identifier::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an identifier needs at least one part");
    assertThatThrownBy(() -> Identifier.of("s", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an identifier cannot be empty");
    assertThatThrownBy(() -> Identifier.of("a\0b"))
        .hasMessage("an identifier cannot hold a NUL character: a?b");
  }

  @Test
  void literalsAreEscapeStringsWithTheirType() {
    assertThat(Literal.of("it's a \\ here").render()).isEqualTo("E'it''s a \\\\ here'");
    assertThat(Literal.of("日本 😀").render()).isEqualTo("E'日本 😀'");
    assertThat(Literal.of(-42).render()).isEqualTo("E'-42'::int4");
    assertThat(Literal.of(LocalDate.of(2024, 2, 29)).render()).isEqualTo("E'2024-02-29'::date");
    assertThat(Literal.of(null).render()).isEqualTo("NULL");
    assertThatThrownBy(() -> Literal.of(new Object()).render())
        .hasMessage("cannot bind java.lang.Object: no codec accepts it");
  }

  @Test
  void placeholdersAreNumberedFromOne() {
    assertThat(Placeholder.of(3).render()).isEqualTo("$3");
    assertThatThrownBy(() -> Placeholder.of(0))
        .hasMessage("a placeholder is numbered from 1, not 0");
  }

  @Test
  void formatFillsAutomaticNumberedAndNamedFields() {
    assertThat(Sql.of("SELECT {} FROM {}").format(Identifier.of("c"), Identifier.of("t")).render())
        .isEqualTo("SELECT \"c\" FROM \"t\"");
    assertThat(Sql.of("{1} {0} {1}").format(Sql.of("a"), Sql.of("b")).render()).isEqualTo("b a b");
    assertThat(
            Sql.of("SELECT {col} WHERE x = {v}")
                .format(Map.of("col", Identifier.of("c"), "v", Literal.of("x'")))
                .render())
        .isEqualTo("SELECT \"c\" WHERE x = E'x'''");
    assertThat(Sql.of("SELECT '{{}}', {}").format(Placeholder.of(1)).render())
        .isEqualTo("SELECT '{}', $1");
  }

  @Test
  void formatNamesWhatIsWrong() {
    assertThatThrownBy(() -> Sql.of("{} {}").format(Sql.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the field {} at index 3 wants argument 1, 1 given, in: {} {}");
    assertThatThrownBy(() -> Sql.of("{} {0}").format(Sql.of("a")))
        .hasMessage("cannot mix {} and numbered fields such as {0} in: {} {0}");
    assertThatThrownBy(() -> Sql.of("a { b").format())
        .hasMessage("unmatched '{' at index 2 of: a { b");
    assertThatThrownBy(() -> Sql.of("a } b").format())
        .hasMessage("single '}' at index 2 of: a } b");
    assertThatThrownBy(() -> Sql.of("{x}").format())
        .hasMessage("no argument named 'x' for the field at index 0 of: {x}");
  }

  @Test
  void joinPutsTheSeparatorBetweenParts() {
    Composed columns =
        Sql.of(", ").join(Identifier.of("a"), Identifier.of("b"), Identifier.of("c"));
    assertThat(columns.render()).isEqualTo("\"a\", \"b\", \"c\"");
    assertThat(Sql.of(", ").join(List.of()).render()).isEmpty();
    assertThat(Composed.of(Sql.of("x"), Sql.of("y")).join(Sql.of(" AND ")).render())
        .isEqualTo("x AND y");
    assertThat(Sql.of("SELECT ").concat(Literal.of(1)).concat(Sql.of(";")).render())
        .isEqualTo("SELECT E'1'::int4;");
  }

  @Test
  void partsAreValues() {
    assertThat(Identifier.of("s", "t")).isEqualTo(Identifier.of("s", "t"));
    assertThat(Sql.of("a").format()).isEqualTo(Composed.of(Sql.of("a")));
  }
}
