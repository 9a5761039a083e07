/*
 * libpq's ceiling for independent point selects: pipeline mode with a Sync after every query, so
 * that each query is its own implicit transaction and error unit, as pgloop's implicit pipelining
 * makes it. pgbench before 17 cannot script this (no \syncpipeline).
 *
 *   libpq_pipeline CONNINFO CONNECTIONS IN_FLIGHT SECONDS ROWS
 *
 * Opens CONNECTIONS connections, prepares the select on each, and keeps IN_FLIGHT queries on each
 * until SECONDS have passed, in one thread polling every socket. Results are asked for in binary,
 * and every value is read. Prints one line on success:
 *
 *   queries <completed> nanos <first send to last completion>
 *
 * and on failure a message on stderr with exit status 1. The password comes from PGPASSWORD.
 *
 * libpq 17 and later queue each Sync with PQsendPipelineSync and the refilled queries leave in one
 * flush. Before 17 only PQpipelineSync exists, and it flushes: every query is then a send() of its
 * own, which is what a libpq 14-16 application gets.
 *
 * The header may be older than the library linked: the embedded server's distribution bundles a
 * libpq 17+ but no headers, so the machine's (say 15) are used. -DPGLOOP_LIBPQ_SEND_PIPELINE_SYNC
 * then says that the library has PQsendPipelineSync, and the declaration the header lacks is here.
 */
#include <libpq-fe.h>
#include <arpa/inet.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(PGLOOP_LIBPQ_SEND_PIPELINE_SYNC) && !defined(LIBPQ_HAS_SEND_PIPELINE_SYNC)
/* As libpq-fe.h declares it from 17 on. */
extern int PQsendPipelineSync(PGconn *conn);
#define LIBPQ_HAS_SEND_PIPELINE_SYNC 1
#endif

#define SELECT "SELECT id, randomnumber FROM world WHERE id = $1"

static void die(PGconn *conn, const char *what) {
  fprintf(stderr, "%s: %s", what, conn ? PQerrorMessage(conn) : "\n");
  exit(1);
}

static long long now_nanos(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long long checksum;

static int sync_point(PGconn *conn) {
#ifdef LIBPQ_HAS_SEND_PIPELINE_SYNC
  return PQsendPipelineSync(conn);
#else
  return PQpipelineSync(conn);
#endif
}

/* Reads a query's result; returns 1 for a Sync's result, 0 for a query's rows. */
static int consume(PGconn *conn, PGresult *res) {
  ExecStatusType status = PQresultStatus(res);
  if (status == PGRES_PIPELINE_SYNC) {
    return 1;
  }
  if (status != PGRES_TUPLES_OK) {
    die(conn, "query failed");
  }
  for (int r = 0; r < PQntuples(res); r++) {
    for (int c = 0; c < 2; c++) {
      uint32_t v;
      memcpy(&v, PQgetvalue(res, r, c), 4);
      checksum += (int32_t)ntohl(v);
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: %s CONNINFO CONNECTIONS IN_FLIGHT SECONDS ROWS\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[2]), depth = atoi(argv[3]), rows = atoi(argv[5]);
  double seconds = atof(argv[4]);
  if (n < 1 || depth < 1 || rows < 1 || seconds <= 0) {
    fprintf(stderr, "connections, in-flight, seconds and rows must be positive\n");
    return 2;
  }
  PGconn **conns = calloc(n, sizeof *conns);
  int *in_flight = calloc(n, sizeof *in_flight);
  struct pollfd *fds = calloc(n, sizeof *fds);
  for (int i = 0; i < n; i++) {
    conns[i] = PQconnectdb(argv[1]);
    if (PQstatus(conns[i]) != CONNECTION_OK) die(conns[i], "connect");
    PGresult *res = PQprepare(conns[i], "s", SELECT, 1, NULL);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) die(conns[i], "prepare");
    PQclear(res);
    if (PQsetnonblocking(conns[i], 1) != 0 || PQenterPipelineMode(conns[i]) != 1) {
      die(conns[i], "pipeline mode");
    }
    fds[i].fd = PQsocket(conns[i]);
  }
  srand((unsigned)now_nanos());
  long long start = now_nanos(), deadline = start + (long long)(seconds * 1e9), done = 0;
  int open = n;
  while (open > 0) {
    int sending = now_nanos() < deadline;
    open = 0;
    for (int i = 0; i < n; i++) {
      PGconn *c = conns[i];
      while (sending && in_flight[i] < depth) {
        char id[16];
        snprintf(id, sizeof id, "%d", 1 + rand() % rows);
        const char *values[] = {id};
        if (!PQsendQueryPrepared(c, "s", 1, values, NULL, NULL, 1)) die(c, "send");
        if (!sync_point(c)) die(c, "sync");
        in_flight[i]++;
      }
      int unflushed = PQflush(c);
      if (unflushed < 0) die(c, "flush");
      fds[i].events = (in_flight[i] > 0 ? POLLIN : 0) | (unflushed ? POLLOUT : 0);
      open += in_flight[i] > 0;
    }
    if (open == 0) break;
    if (poll(fds, n, 1000) < 0) die(NULL, "poll");
    for (int i = 0; i < n; i++) {
      PGconn *c = conns[i];
      if (!(fds[i].revents & (POLLIN | POLLERR | POLLHUP))) continue;
      if (!PQconsumeInput(c)) die(c, "read");
      /* Each query's rows end with a NULL; its Sync then comes as a result of its own. */
      while (in_flight[i] > 0 && !PQisBusy(c)) {
        PGresult *res = PQgetResult(c);
        if (res == NULL) continue;
        if (consume(c, res)) {
          in_flight[i]--;
          done++;
        }
        PQclear(res);
      }
    }
  }
  long long elapsed = now_nanos() - start;
  for (int i = 0; i < n; i++) PQfinish(conns[i]);
  printf("queries %lld nanos %lld checksum %lld\n", done, elapsed, checksum);
  return 0;
}
