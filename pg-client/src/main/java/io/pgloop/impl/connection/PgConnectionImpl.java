package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.pgloop.CopyIn;
import io.pgloop.CopyOut;
import io.pgloop.CursorOptions;
import io.pgloop.NamedCursor;
import io.pgloop.PgConnection;
import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.PgNotice;
import io.pgloop.PgNotification;
import io.pgloop.PreparedQuery;
import io.pgloop.PreparedStatement;
import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Transaction;
import io.pgloop.TransactionOptions;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.codec.TypeRegistrar;
import io.pgloop.impl.copy.CopyInImpl;
import io.pgloop.impl.copy.CopyOutImpl;
import io.pgloop.impl.cursor.NamedCursorImpl;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.CopyResponse;
import io.pgloop.impl.protocol.backend.ErrorFields;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.NoticeResponse;
import io.pgloop.impl.protocol.backend.NotificationResponse;
import io.pgloop.impl.protocol.backend.ParameterStatus;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.backend.TransactionStatus;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.pgloop.impl.tx.TransactionManager;
import io.pgloop.spi.PgCodec;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.net.NetSocketInternal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live connection: a queue of commands, the ones on the wire, and the socket.
 *
 * <p>Everything here runs on the connection's event loop; callers on other threads hop there
 * through {@link #submit}. Commands are written while fewer than the pipelining limit are in
 * flight; all writes of one event-loop turn go into one buffer, flushed once at the end of the
 * turn.
 */
public final class PgConnectionImpl implements PgConnection {

  private static final System.Logger LOG = System.getLogger(PgConnection.class.getName());

  /** A write buffer larger than this is handed to the channel without waiting for the flush. */
  private static final int WRITE_CHUNK = 64 * 1024;

  /** COPY data smaller than this is copied into the write buffer; larger goes to the channel. */
  private static final int COPY_INLINE = 8 * 1024;

  private final ContextInternal context;
  private final NetSocketInternal socket;
  private final Channel channel;
  private final ConnectionSettings settings;
  private final ArrayDeque<Command<?>> pending = new ArrayDeque<>();
  private final ArrayDeque<Command<?>> inFlight = new ArrayDeque<>();
  private final Map<String, String> parameters = new HashMap<>();
  private final ResultFormats resultFormats = new ResultFormats();
  private final StatementCache statements;
  private final Promise<Void> closed;
  private final Runnable flushTask = this::flush;

  private ByteBuf writeBuffer;
  private boolean flushScheduled;
  private boolean closing;
  private boolean terminateSent;
  private Throwable closeCause;
  private int processId;
  private byte[] secretKey;
  private int protocolMinor;
  private TransactionStatus transactionStatus = TransactionStatus.IDLE;
  private ErrorFields lastError;
  private ErrorFields failedBy;
  private final TransactionManager transactions;
  private CancelTarget cancelTarget;
  private Runnable writabilityListener;

  /** The codecs, replaced (on the event loop) when a type is registered on this connection. */
  private volatile CodecRegistry codecs;

  private volatile boolean isClosed;
  private volatile Handler<PgNotice> noticeHandler;
  private volatile Handler<PgNotification> notificationHandler;
  private volatile Handler<Void> closeHandler;
  private volatile Handler<Throwable> exceptionHandler;

  PgConnectionImpl(ContextInternal context, NetSocketInternal socket, ConnectionSettings settings) {
    this.context = context;
    this.socket = socket;
    this.channel = socket.channelHandlerContext().channel();
    this.settings = settings;
    this.codecs = settings.codecs();
    this.closed = context.promise();
    this.transactions = new TransactionManager(this, context);
    this.statements =
        new StatementCache(settings.prepareThreshold(), settings.preparedStatementCacheMaxSize());
  }

  // ---------------------------------------------------------------- commands

  /** Queues a command from any thread; its promise completes on this connection's context. */
  <R> Future<R> submit(Command<R> command) {
    if (context.inThread()) {
      enqueue(command);
    } else {
      context.execute(command, this::enqueue);
    }
    return command.promise.future();
  }

  /**
   * Queues a command that fails with a {@link io.pgloop.PgQueryTimeoutException} when it has not
   * completed within {@code timeout} (see {@link TimedCommand}); null or zero: no timeout.
   */
  <R> Future<R> submit(Command<R> command, Duration timeout) {
    if (timeout == null || timeout.isZero()) {
      return submit(command);
    }
    return submit(new TimedCommand<>(command, timeout, this));
  }

  /** Takes a command out of the queue before it is written; false when it is already written. */
  boolean withdraw(Command<?> command) {
    return pending.remove(command);
  }

  /** Whether the server is executing {@code command}: every command before it has completed. */
  boolean isExecuting(Command<?> command) {
    return inFlight.peek() == command;
  }

  private void enqueue(Command<?> command) {
    if (closing) {
      command.fail(closedException("the connection is closed"));
      return;
    }
    pending.add(command);
    writePending();
  }

  private void writePending() {
    int limit = settings.pipeliningLimit();
    while (inFlight.size() < limit && !pending.isEmpty() && !held()) {
      Command<?> command = pending.poll();
      if (transactionStatus == TransactionStatus.FAILED
          && FailedTransaction.refuses(command, inFlight)) {
        command.fail(FailedTransaction.refusal(transactionFailure()));
        continue;
      }
      ByteBuf out = buffer();
      int start = out.writerIndex();
      try {
        command.encode(out, this);
      } catch (RuntimeException e) {
        out.writerIndex(start);
        command.fail(e);
        continue;
      }
      inFlight.add(command);
      if (out.readableBytes() >= WRITE_CHUNK) {
        channel.write(out);
        writeBuffer = null;
      }
    }
    if (closing && !terminateSent && pending.isEmpty() && !held()) {
      FrontendMessages.terminate(buffer());
      terminateSent = true;
    }
    scheduleFlush();
  }

  /**
   * Whether the last command written holds the connection (an open portal): nothing may be written
   * after it until its ReadyForQuery, since a Sync of another command would end the portal's
   * transaction.
   */
  private boolean held() {
    Command<?> last = inFlight.peekLast();
    return last != null && last.holdsConnection();
  }

  /**
   * Writes the queued commands that may go now: for a command that stopped {@link
   * Command#holdsConnection() holding the connection} other than at its ReadyForQuery (a pipeline
   * once its final Sync is written). Event loop only.
   */
  void resumeWriting() {
    writePending();
  }

  /**
   * Puts a command that has just received its ReadyForQuery back at the head of the queue, to be
   * written again (a transparent retry).
   *
   * @return false when the connection is closed or has sent Terminate: the caller fails instead
   */
  boolean resubmit(Command<?> command) {
    if (isClosed || terminateSent) {
      return false;
    }
    pending.addFirst(command);
    return true;
  }

  /** The buffer of this event-loop turn's writes. */
  ByteBuf buffer() {
    ByteBuf out = writeBuffer;
    if (out == null) {
      out = channel.alloc().ioBuffer(512);
      writeBuffer = out;
    }
    return out;
  }

  /** Sends what a command wrote outside of its {@link Command#encode} (authentication replies). */
  void writeNow(java.util.function.Consumer<ByteBuf> writer) {
    writer.accept(buffer());
    scheduleFlush();
  }

  /**
   * Sends one CopyData carrying the readable bytes of {@code data}, and takes ownership of it: a
   * small one is copied into the write buffer, a large one follows it to the channel as it is.
   */
  void writeCopyData(ByteBuf data) {
    ByteBuf out = buffer();
    int length = data.readableBytes();
    FrontendMessages.copyDataHeader(out, length);
    if (length < COPY_INLINE) {
      out.writeBytes(data);
      data.release();
      if (out.readableBytes() >= WRITE_CHUNK) {
        channel.write(out, channel.voidPromise());
        writeBuffer = null;
      }
    } else {
      channel.write(out, channel.voidPromise());
      writeBuffer = null;
      channel.write(data, channel.voidPromise());
    }
    scheduleFlush();
  }

  /** Sets (null: clears) what runs when the socket becomes writable again: a COPY FROM STDIN. */
  void writabilityListener(Runnable listener) {
    this.writabilityListener = listener;
  }

  /** Called by the channel handler when the socket's outbound buffer drained below its mark. */
  void handleWritable() {
    Runnable listener = writabilityListener;
    if (listener != null) {
      listener.run();
    }
  }

  Channel channel() {
    return channel;
  }

  private void scheduleFlush() {
    if (!flushScheduled) {
      flushScheduled = true;
      channel.eventLoop().execute(flushTask);
    }
  }

  private void flush() {
    flushScheduled = false;
    ByteBuf out = writeBuffer;
    writeBuffer = null;
    if (out != null) {
      if (out.isReadable()) {
        channel.write(out, channel.voidPromise());
      } else {
        out.release();
      }
    }
    if (terminateSent && inFlight.isEmpty()) {
      // Nothing more can come back: close without waiting for the server to hang up.
      channel
          .writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER)
          .addListener(io.netty.channel.ChannelFutureListener.CLOSE);
    } else {
      channel.flush();
    }
  }

  // ---------------------------------------------------------------- inbound

  void handleMessage(BackendMessage message) {
    if (message instanceof ParameterStatus status) {
      parameters.put(status.name(), status.value());
      return;
    }
    if (message instanceof NoticeResponse notice) {
      deliverNotice(PgNotice.of(notice.fields()));
      return;
    }
    if (message instanceof NotificationResponse notification) {
      Handler<PgNotification> handler = notificationHandler;
      if (handler != null) {
        context.emit(
            new PgNotification(
                notification.processId(), notification.channel(), notification.payload()),
            handler);
      }
      return;
    }
    if (message instanceof ReadyForQuery ready) {
      if (ready.status() == TransactionStatus.FAILED
          && transactionStatus != TransactionStatus.FAILED) {
        failedBy = lastError;
      }
      transactionStatus = ready.status();
    } else if (message instanceof ErrorResponse error) {
      lastError = error.fields();
    } else if (message instanceof CommandComplete complete) {
      statements.onCommandComplete(complete.tag());
    }
    Command<?> head = inFlight.peek();
    if (head == null) {
      handleUnsolicited(message);
      return;
    }
    if (message instanceof ErrorResponse error && isFatal(error)) {
      // The server ends the session after a FATAL error. During startup that error is the
      // answer to connect (a wrong password); later, every command fails with a connection error.
      PgException fatal = PgException.of(error.fields());
      if (head instanceof StartupCommand startup) {
        startup.failWith(fatal);
      }
      failConnection(fatal);
      return;
    }
    boolean done;
    try {
      done = head.handle(message, this);
    } catch (RuntimeException e) {
      failConnection(e);
      return;
    }
    if (done) {
      inFlight.poll();
      Command<?> next = inFlight.peek();
      if (next != null) {
        next.reachedHead(this);
      }
      if (terminateSent) {
        scheduleFlush();
      } else {
        writePending();
      }
    }
  }

  private void handleUnsolicited(BackendMessage message) {
    if (message instanceof ErrorResponse error) {
      failConnection(PgException.of(error.fields()));
    } else {
      failConnection(
          new io.pgloop.PgProtocolException(
              "unexpected " + message.getClass().getSimpleName() + " with no command in flight"));
    }
  }

  private static boolean isFatal(ErrorResponse error) {
    String severity = error.fields().severity();
    return "FATAL".equals(severity) || "PANIC".equals(severity);
  }

  private void deliverNotice(PgNotice notice) {
    Handler<PgNotice> handler = noticeHandler;
    if (handler != null) {
      context.emit(notice, handler);
    } else {
      LOG.log(System.Logger.Level.INFO, notice.toString());
    }
  }

  /**
   * Closes the socket at once and fails every command with {@code cause}, for a caller that found
   * the peer dead (a health check past its timeout), where {@link #close()} would wait for commands
   * that never end. Any thread; does nothing on a closed connection.
   */
  public void abort(Throwable cause) {
    OnContext.run(
        context,
        () -> {
          if (!isClosed) {
            failConnection(cause);
          }
        });
  }

  /** Fails every command and closes the socket: the connection cannot be used any more. */
  void failConnection(Throwable cause) {
    if (closeCause == null) {
      closeCause = cause;
    }
    socket.close();
    handleClosed(cause);
  }

  /** Called once the socket is closed (or on an exception on it): fails what is left. */
  void handleClosed(Throwable cause) {
    if (cause != null && closeCause == null) {
      closeCause = cause;
    }
    if (isClosed) {
      return;
    }
    isClosed = true;
    closing = true;
    if (writeBuffer != null) {
      writeBuffer.release();
      writeBuffer = null;
    }
    PgConnectionException failure = closedException(describeClose());
    drain(inFlight, failure);
    drain(pending, failure);
    transactions.connectionClosed();
    Handler<Throwable> onException = exceptionHandler;
    if (closeCause != null && onException != null && !terminateSent) {
      context.emit(closeCause, onException);
    }
    Handler<Void> onClose = closeHandler;
    if (onClose != null) {
      context.emit(null, onClose);
    }
    closed.tryComplete();
  }

  private String describeClose() {
    if (closeCause == null) {
      return terminateSent ? "the connection is closed" : "the server closed the connection";
    }
    return "the connection is broken: " + closeCause.getMessage();
  }

  private PgConnectionException closedException(String message) {
    return new PgConnectionException(message, closeCause);
  }

  private static void drain(ArrayDeque<Command<?>> commands, Throwable failure) {
    Command<?> command;
    while ((command = commands.poll()) != null) {
      command.fail(failure);
    }
  }

  // ---------------------------------------------------------------- state for commands

  CodecRegistry codecs() {
    return codecs;
  }

  ResultFormats resultFormats() {
    return resultFormats;
  }

  StatementCache statements() {
    return statements;
  }

  ConnectionSettings settings() {
    return settings;
  }

  NetSocketInternal socket() {
    return socket;
  }

  void backendKey(int processId, byte[] secretKey) {
    this.processId = processId;
    this.secretKey = secretKey;
  }

  byte[] secretKey() {
    return secretKey;
  }

  /** Set once connected: where cancel requests go. */
  void cancelTarget(CancelTarget target) {
    this.cancelTarget = target;
  }

  /** The connection-wide query timeout ({@code PgConnectOptions#getQueryTimeout()}); ZERO: none. */
  Duration defaultQueryTimeout() {
    return cancelTarget == null ? Duration.ZERO : cancelTarget.options().getQueryTimeout();
  }

  /** Whether {@link #preparedQuery} binds on the client ({@code client_side_binding}). */
  boolean clientSideBinding() {
    return cancelTarget != null && cancelTarget.options().isClientSideBinding();
  }

  /** Whether batches of one-row inserts run set-based ({@code rewrite_batched_inserts}). */
  boolean rewriteBatchedInserts() {
    return cancelTarget != null && cancelTarget.options().isRewriteBatchedInserts();
  }

  /**
   * The server's {@code standard_conforming_strings}: whether a plain string literal reads
   * backslashes literally. On unless the server reported off. Event loop only.
   */
  boolean standardConformingStrings() {
    return !"off".equals(parameters.get("standard_conforming_strings"));
  }

  void protocolMinor(int minor) {
    this.protocolMinor = minor;
  }

  ContextInternal context() {
    return context;
  }

  /**
   * The server's transaction status as of the last ReadyForQuery: idle, in a transaction, or in a
   * failed one. Read it on the event loop.
   */
  public TransactionStatus transactionStatus() {
    return transactionStatus;
  }

  /**
   * The error that put the latest failed transaction in its failed state, or null when none has
   * failed on this connection. Read it on the event loop.
   */
  public PgException transactionFailure() {
    return failedBy == null ? null : PgException.of(failedBy);
  }

  /** The transactions begun through this connection. Event loop only. */
  public TransactionManager transactions() {
    return transactions;
  }

  /**
   * Runs {@code action} on this connection's event loop (at once when already there) and hands its
   * result back; a {@link RuntimeException} it throws fails the future.
   */
  public <T> Future<T> onEventLoop(Supplier<Future<T>> action) {
    if (context.inThread()) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        return context.failedFuture(e);
      }
    }
    Promise<T> promise = context.promise();
    context.execute(() -> onEventLoop(action).onComplete(promise));
    return promise.future();
  }

  /** How many commands are queued or on the wire: the load a pool balances. Event loop only. */
  public int pendingCommands() {
    return pending.size() + inFlight.size();
  }

  // ---------------------------------------------------------------- API

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return QueryImpl.simple(this, sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    if (clientSideBinding()) {
      return ClientSideQuery.create(this, sql);
    }
    return PreparedQueryImpl.create(this, sql);
  }

  @Override
  public Future<Transaction> begin(TransactionOptions options) {
    return transactions.begin(options);
  }

  @Override
  public Future<NamedCursor> declareCursor(
      String name, String sql, Tuple parameters, CursorOptions options) {
    return NamedCursorImpl.declare(this, name, sql, parameters, options);
  }

  @Override
  public Future<Void> cancelRequest() {
    return onEventLoop(
        () ->
            isClosed
                ? context.failedFuture(
                    closedException("the connection is closed: nothing to cancel"))
                : CancelRequestSender.send(context, cancelTarget, processId, secretKey));
  }

  @Override
  public Future<PreparedStatement> prepare(String sql) {
    return submit(new PrepareCommand(context.promise(), sql));
  }

  @Override
  public <T> Future<T> pipeline(java.util.function.Function<io.pgloop.Pipeline, Future<T>> block) {
    return PipelineImpl.run(this, block);
  }

  @Override
  public Future<CopyIn> copyIn(String sql) {
    CopyInImpl copy = new CopyInImpl(context);
    submit(new CopyCommand(context.promise(), sql, CopyResponse.Kind.IN, copy));
    return copy.started();
  }

  @Override
  public Future<CopyOut> copyOut(String sql) {
    CopyOutImpl copy = new CopyOutImpl(context);
    submit(new CopyCommand(context.promise(), sql, CopyResponse.Kind.OUT, copy));
    return copy.started();
  }

  @Override
  public Future<Void> registerType(String typeName) {
    return TypeRegistrar.register(this, this::codecs, typeName, null).compose(this::addCodec);
  }

  @Override
  public <E extends Enum<E>> Future<Void> registerEnum(String typeName, Class<E> enumClass) {
    return TypeRegistrar.register(this, this::codecs, typeName, enumClass).compose(this::addCodec);
  }

  @Override
  public <R extends Record> Future<Void> registerComposite(String typeName, Class<R> recordClass) {
    return TypeRegistrar.register(this, this::codecs, typeName, recordClass)
        .compose(this::addCodec);
  }

  @Override
  public Future<Void> registerCodec(PgCodec<?> codec) {
    return addCodec(codec);
  }

  /** Adds a codec on the event loop, where commands read the registry. */
  private Future<Void> addCodec(PgCodec<?> codec) {
    if (context.inThread()) {
      codecs = codecs.with(codec);
      return context.succeededFuture();
    }
    Promise<Void> done = context.promise();
    context.execute(
        v -> {
          codecs = codecs.with(codec);
          done.complete();
        });
    return done.future();
  }

  @Override
  public PgConnection noticeHandler(Handler<PgNotice> handler) {
    this.noticeHandler = handler;
    return this;
  }

  @Override
  public PgConnection notificationHandler(Handler<PgNotification> handler) {
    this.notificationHandler = handler;
    return this;
  }

  @Override
  public PgConnection closeHandler(Handler<Void> handler) {
    this.closeHandler = handler;
    return this;
  }

  @Override
  public PgConnection exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  @Override
  public int processId() {
    return processId;
  }

  @Override
  public String parameterStatus(String name) {
    return parameters.get(name);
  }

  @Override
  public Map<String, String> parameterStatuses() {
    return Map.copyOf(parameters);
  }

  @Override
  public int serverVersionNumber() {
    return ServerVersion.parse(parameters.get("server_version"));
  }

  @Override
  public boolean isSsl() {
    return socket.isSsl();
  }

  @Override
  public int protocolMinorVersion() {
    return protocolMinor;
  }

  @Override
  public boolean isClosed() {
    return isClosed;
  }

  @Override
  public Future<Void> close() {
    if (context.inThread()) {
      startClose();
    } else {
      context.execute(v -> startClose());
    }
    return closed.future();
  }

  /** Completes once the connection is closed, whatever closed it. */
  Future<Void> closeFutureInternal() {
    return closed.future();
  }

  private void startClose() {
    if (closing) {
      return;
    }
    closing = true;
    for (Command<?> command : inFlight) {
      command.connectionClosing();
    }
    for (Command<?> command : pending) {
      command.connectionClosing();
    }
    writePending();
  }
}
