package io.pgloop.impl.protocol.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgNotice;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What notice handlers receive for a NoticeResponse. */
class NoticeResponseTest {

  @Test
  void aNoticeCarriesItsFieldsAndPrintsLikePsql() {
    PgNotice notice =
        PgNotice.of(
            ErrorFields.of(
                Map.of(
                    'S', "NOTICE",
                    'V', "NOTICE",
                    'C', "42P07",
                    'M', "relation \"t\" already exists, skipping",
                    'F', "parse_utilcmd.c",
                    'L', "207",
                    'R', "transformCreateStmt")));
    assertThat(notice.severity()).isEqualTo("NOTICE");
    assertThat(notice.sqlState()).isEqualTo("42P07");
    assertThat(notice.routine()).isEqualTo("transformCreateStmt");
    assertThat(notice.position()).isZero();
    assertThat(notice).hasToString("NOTICE:  relation \"t\" already exists, skipping");
  }

  @Test
  void aWarningShowsDetailAndHintButNotContextAsPsqlDoes() {
    PgNotice notice =
        PgNotice.of(
            ErrorFields.of(
                Map.of(
                    'V', "WARNING",
                    'C', "01000",
                    'M', "m",
                    'D', "d",
                    'H', "h",
                    'W', "w")));
    assertThat(notice).hasToString("WARNING:  m\nDETAIL:  d\nHINT:  h");
  }
}
