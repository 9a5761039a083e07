package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.Range;
import io.pgloop.test.PgTestBase;
import io.pgloop.test.SuitCodecProvider.Suit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Types registered by name at run time: enums, composites, domains, extension types. */
class PgConnectionTypeRegistrationTest extends PgTestBase {

  enum Mood {
    SAD,
    OK,
    HAPPY
  }

  record Item(String name, int qty, String[] tags, BigDecimal price) {}

  private PgConnection setUp(String ddl) {
    PgConnection connection = connect();
    await(connection.query(ddl).execute());
    return connection;
  }

  /** Runs a statement twice (text results, then binary) and returns the rows of each run. */
  private static Row[] twice(PgConnection connection, String sql, Tuple parameters) {
    Row[] rows = new Row[2];
    for (int run = 0; run < 2; run++) {
      rows[run] = await(connection.preparedQuery(sql).execute(parameters)).iterator().next();
    }
    return rows;
  }

  @Test
  void enumsDecodeAsLabelsOrJavaConstants() {
    PgConnection connection =
        setUp(
            "DROP TYPE IF EXISTS reg_mood CASCADE;"
                + "CREATE TYPE reg_mood AS ENUM ('SAD', 'OK', 'HAPPY')");
    await(connection.registerType("reg_mood"));
    String sql = "SELECT 'HAPPY'::reg_mood, ARRAY['SAD', NULL]::reg_mood[]";
    for (Row row : twice(connection, sql, Tuple.tuple())) {
      assertThat(row.getValue(0)).isEqualTo("HAPPY");
      assertThat(row.getValue(1)).isEqualTo(new String[] {"SAD", null});
      assertThat(row.get(Mood.class, 0)).isEqualTo(Mood.HAPPY);
    }
    PgConnection typed = connect();
    await(typed.registerEnum("reg_mood", Mood.class));
    sql = "SELECT $1, $1 = 'OK'::reg_mood, $2::reg_mood[]";
    for (Row row : twice(typed, sql, Tuple.of(Mood.OK, new Mood[] {Mood.SAD, Mood.HAPPY}))) {
      assertThat(row.getValue(0)).isEqualTo(Mood.OK);
      assertThat(row.getBoolean(1)).isTrue();
      assertThat(row.getValue(2)).isEqualTo(new Mood[] {Mood.SAD, Mood.HAPPY});
    }
  }

  @Test
  void compositesDecodeAsTuplesOrRecords() {
    PgConnection connection =
        setUp(
            "DROP TYPE IF EXISTS reg_item CASCADE;"
                + "CREATE TYPE reg_item AS (name text, qty int4, tags text[], price numeric)");
    await(connection.registerType("reg_item"));
    String sql =
        "SELECT ROW('a \"q\" \\ (x), y', 2, ARRAY['t 1', NULL], 1.50)::reg_item,"
            + " ROW(NULL, NULL, NULL, NULL)::reg_item, ROW('', 0, '{}', 0)::reg_item";
    for (Row row : twice(connection, sql, Tuple.tuple())) {
      Tuple item = row.get(Tuple.class, 0);
      assertThat(item.getString(0)).isEqualTo("a \"q\" \\ (x), y");
      assertThat(item.getInteger(1)).isEqualTo(2);
      assertThat(item.getValue(2)).isEqualTo(new String[] {"t 1", null});
      assertThat(item.getValue(3)).isEqualTo(new BigDecimal("1.50"));
      assertThat(row.get(Tuple.class, 1)).isEqualTo(Tuple.of(null, null, null, null));
      assertThat(row.get(Tuple.class, 2).getString(0)).isEmpty();
    }
    PgConnection typed = connect();
    await(typed.registerComposite("reg_item", Item.class));
    Item item = new Item("b,(c)", 3, new String[] {"x"}, new BigDecimal("-2.5"));
    sql = "SELECT $1, ($1).qty, ($1).name";
    for (Row row : twice(typed, sql, Tuple.of(item))) {
      Item back = row.get(Item.class, 0);
      assertThat(back.name()).isEqualTo("b,(c)");
      assertThat(back.qty()).isEqualTo(3);
      assertThat(back.tags()).containsExactly("x");
      assertThat(back.price()).isEqualTo(new BigDecimal("-2.5"));
      assertThat(row.getInteger(1)).isEqualTo(3);
      assertThat(row.getString(2)).isEqualTo("b,(c)");
    }
  }

  @Test
  void domainsTravelAsTheirBaseTypeAndTheirArraysAfterRegistration() {
    PgConnection connection =
        setUp(
            "DROP DOMAIN IF EXISTS reg_posint CASCADE;"
                + "CREATE DOMAIN reg_posint AS int4 CHECK (VALUE > 0)");
    // The server describes a domain column with its base type: no registration needed.
    Row row = twice(connection, "SELECT 5::reg_posint", Tuple.tuple())[1];
    assertThat(row.getValue(0)).isEqualTo(5);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        connection.serverVersionNumber() >= 110000, "arrays of domains need PostgreSQL 11");
    // Its array keeps the domain's array type, which reads as text until registered.
    String sql = "SELECT ARRAY[1, 2]::reg_posint[], $1::reg_posint";
    assertThat(twice(connection, sql, Tuple.of(7))[1].getValue(0)).isEqualTo("{1,2}");
    await(connection.registerType("reg_posint"));
    for (Row r : twice(connection, sql, Tuple.of(7))) {
      assertThat(r.getValue(0)).isEqualTo(new Integer[] {1, 2});
      assertThat(r.getValue(1)).isEqualTo(7);
    }
    Throwable failure = failure(connection.preparedQuery(sql).execute(Tuple.of(-1)));
    assertThat(failure).isInstanceOf(PgException.class).hasMessageContaining("reg_posint");
  }

  @Test
  void userRangeTypesAndTheirMultiranges() {
    PgConnection connection =
        setUp(
            "DROP TYPE IF EXISTS reg_floatrange CASCADE;"
                + "CREATE TYPE reg_floatrange AS RANGE (subtype = float8)");
    await(connection.registerType("reg_floatrange"));
    boolean multiranges = connection.serverVersionNumber() >= 140000;
    if (multiranges) {
      await(connection.registerType("reg_floatmultirange"));
    }
    Range<Double> range = Range.closedOpen(1.5, Double.POSITIVE_INFINITY);
    String sql =
        "SELECT $1, $1 = '[1.5,Infinity)'::reg_floatrange"
            + (multiranges ? ", '{[1,2), (3,)}'::reg_floatmultirange" : "");
    for (Row row : twice(connection, sql, Tuple.of(range))) {
      assertThat(row.getValue(0)).isEqualTo(range);
      assertThat(row.getBoolean(1)).isTrue();
      if (multiranges) {
        assertThat(row.getValue(2))
            .isEqualTo(List.of(Range.closedOpen(1.0, 2.0), Range.open(3.0, null)));
      }
    }
  }

  @Test
  void hstoreAndCitextThroughTheBuiltInProvider() {
    PgConnection connection =
        setUp("CREATE EXTENSION IF NOT EXISTS hstore; CREATE EXTENSION IF NOT EXISTS citext");
    await(connection.registerType("hstore"));
    await(connection.registerType("citext"));
    Map<String, String> map = new LinkedHashMap<>();
    map.put("a", "1");
    map.put("b", null);
    map.put("c d", "x\"y\\z");
    map.put("é😀", "");
    String sql = "SELECT $1::hstore, $1::hstore -> 'c d', 'AbC'::citext, 'AbC'::citext = $2";
    for (Row row : twice(connection, sql, Tuple.of(map, "abc"))) {
      assertThat(row.getValue(0)).isEqualTo(map);
      assertThat(row.getString(1)).isEqualTo("x\"y\\z");
      assertThat(row.getValue(2)).isEqualTo("AbC");
      assertThat(row.getBoolean(3)).isTrue();
    }
    sql = "SELECT ARRAY['k=>v'::hstore, ''::hstore], ARRAY['X'::citext]";
    for (Row row : twice(connection, sql, Tuple.tuple())) {
      assertThat(row.getValue(0)).isEqualTo(new Map<?, ?>[] {Map.of("k", "v"), Map.of()});
      assertThat(row.getValue(1)).isEqualTo(new String[] {"X"});
    }
  }

  @Test
  void aThirdPartyProviderMakesTheCodecOfATypeFoundByName() {
    PgConnection connection =
        setUp(
            "DROP TYPE IF EXISTS reg_suit CASCADE;"
                + "CREATE TYPE reg_suit AS ENUM ('hearts', 'spades')");
    await(connection.registerType("reg_suit"));
    String sql = "SELECT $1, $1 = 'spades'::reg_suit, ARRAY['hearts']::reg_suit[]";
    for (Row row : twice(connection, sql, Tuple.of(new Suit("spades")))) {
      assertThat(row.get(Suit.class, 0).symbol()).isEqualTo("♠");
      assertThat(row.getBoolean(1)).isTrue();
      assertThat(row.getValue(2)).isEqualTo(new Suit[] {new Suit("hearts")});
    }
  }

  @Test
  void unknownOrUnsupportedTypesFailRegistrationAndTheConnectionGoesOn() {
    PgConnection connection = connect();
    assertThat(failure(connection.registerType("reg_no_such_type")))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("type \"reg_no_such_type\" does not exist");
    assertThat(failure(connection.registerType("aclitem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type aclitem (base type, OID 1033): no codec provider knows it");
    assertThat(failure(connection.registerEnum("int4", Mood.class)))
        .hasMessage(
            "type int4 (base type, OID 23) takes no Java class, not " + Mood.class.getName());
    // A type with a codec already keeps it.
    await(connection.registerType("pg_catalog.int4"));
    assertThat(await(connection.preparedQuery("SELECT 1").execute()).size()).isEqualTo(1);
  }
}
