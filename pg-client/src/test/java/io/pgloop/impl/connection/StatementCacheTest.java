package io.pgloop.impl.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cache's decisions, without a server. */
class StatementCacheTest {

  private static final int[] INT4 = {23};

  @Test
  void preparesOnTheRunAfterTheThreshold() {
    StatementCache cache = new StatementCache(2, 10);
    assertThat(cache.forExecution("SELECT $1", INT4, 1)).isNull();
    assertThat(cache.forExecution("SELECT $1", INT4, 1)).isNull();
    NamedStatement statement = cache.forExecution("SELECT $1", INT4, 1);
    assertThat(statement.name).isEqualTo("pgloop_1");
    assertThat(statement.needsParse()).isTrue();
    assertThat(cache.forExecution("SELECT $1", INT4, 1)).isSameAs(statement);
  }

  @Test
  void aBatchCountsEachExecution() {
    StatementCache cache = new StatementCache(5, 10);
    assertThat(cache.forExecution("SELECT $1", INT4, 5)).isNull();
    assertThat(cache.forExecution("SELECT $1", INT4, 1)).isNotNull();
  }

  @Test
  void minusOneNeverPrepares() {
    StatementCache cache = new StatementCache(-1, 10);
    for (int i = 0; i < 20; i++) {
      assertThat(cache.forExecution("SELECT 1", null, 1)).isNull();
    }
  }

  @Test
  void theTypesArePartOfTheKey() {
    StatementCache cache = new StatementCache(0, 10);
    NamedStatement int4 = cache.forExecution("SELECT $1", INT4, 1);
    NamedStatement int8 = cache.forExecution("SELECT $1", new int[] {20}, 1);
    assertThat(int8).isNotSameAs(int4);
    assertThat(cache.forExecution("SELECT $1", new int[] {23}, 1)).isSameAs(int4);
  }

  @Test
  void evictsTheLeastRecentlyUsedAndQueuesItsClose() {
    StatementCache cache = new StatementCache(0, 2);
    NamedStatement one = cache.forExecution("SELECT 1", null, 1);
    NamedStatement two = cache.forExecution("SELECT 2", null, 1);
    cache.forExecution("SELECT 1", null, 1);
    cache.forExecution("SELECT 3", null, 1);
    assertThat(two.isValid()).isFalse();
    assertThat(one.isValid()).isTrue();
    assertThat(cache.takeCloses()).containsExactly(two.name);
    assertThat(cache.takeCloses()).isEmpty();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void closesTakenForARolledBackCommandComeBack() {
    StatementCache cache = new StatementCache(0, 1);
    cache.forExecution("SELECT 1", null, 1);
    cache.forExecution("SELECT 2", null, 1);
    var taken = cache.takeCloses();
    cache.restoreCloses(taken);
    assertThat(cache.takeCloses()).isEqualTo(taken);
  }

  @Test
  void discardAllEmptiesTheCacheAndClosesOnlyUnansweredParses() {
    StatementCache cache = new StatementCache(0, 10);
    NamedStatement described = cache.forExecution("SELECT 1", null, 1);
    described.markParseSent();
    described.describe(null, io.pgloop.impl.codec.CodecRegistry.builtIns());
    NamedStatement parsing = cache.forExecution("SELECT 2", null, 1);
    parsing.markParseSent();
    cache.onCommandComplete("DISCARD ALL");
    assertThat(cache.size()).isZero();
    assertThat(described.isValid()).isFalse();
    assertThat(cache.takeCloses()).containsExactly(parsing.name);
    assertThat(cache.forExecution("SELECT 1", null, 1).name).isEqualTo("pgloop_3");
  }

  @Test
  void aSingleDeallocateDoesNotClear() {
    StatementCache cache = new StatementCache(0, 10);
    cache.forExecution("SELECT 1", null, 1);
    cache.onCommandComplete("DEALLOCATE");
    assertThat(cache.size()).isEqualTo(1);
    cache.onCommandComplete("DEALLOCATE ALL");
    assertThat(cache.size()).isZero();
  }

  @Test
  void aDroppedStatementIsPreparedAgainAtOnce() {
    StatementCache cache = new StatementCache(5, 10);
    for (int i = 0; i < 5; i++) {
      cache.forExecution("SELECT 1", null, 1);
    }
    NamedStatement first = cache.forExecution("SELECT 1", null, 1);
    cache.drop(first, true);
    assertThat(cache.takeCloses()).containsExactly(first.name);
    NamedStatement again = cache.forExecution("SELECT 1", null, 1);
    assertThat(again).isNotNull().isNotSameAs(first);
  }
}
