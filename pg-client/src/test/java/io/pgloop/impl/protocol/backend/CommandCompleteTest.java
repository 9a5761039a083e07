package io.pgloop.impl.protocol.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandCompleteTest {

  @ParameterizedTest
  @CsvSource({
    "INSERT 0 5, INSERT, 5",
    "UPDATE 3, UPDATE, 3",
    "DELETE 0, DELETE, 0",
    "SELECT 4000000000, SELECT, 4000000000",
    "MERGE 2, MERGE, 2",
    "COPY 7, COPY, 7",
    "FETCH 1, FETCH, 1",
    "MOVE 9, MOVE, 9",
    "COPY, COPY, 0",
    "CREATE TABLE, CREATE TABLE, 0",
    "BEGIN, BEGIN, 0",
    "SET, SET, 0",
    "DISCARD ALL, DISCARD ALL, 0",
    "CREATE TABLE AS 2, CREATE TABLE AS, 0"
  })
  void commandAndRows(String tag, String command, long rows) {
    CommandComplete complete = new CommandComplete(tag);
    assertThat(complete.command()).isEqualTo(command);
    assertThat(complete.rows()).isEqualTo(rows);
  }
}
