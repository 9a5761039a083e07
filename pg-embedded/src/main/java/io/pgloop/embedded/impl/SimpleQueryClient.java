package io.pgloop.embedded.impl;

import io.pgloop.embedded.EmbeddedPostgresException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal PostgreSQL client for setting up the embedded server: protocol 3.0 startup with trust
 * authentication only, then simple queries whose results come back as text. Nothing here is meant
 * for anything but a trusted local server; pgloop itself is the real client.
 *
 * <p>Every read has a deadline, so a server that hangs fails the start instead of the build.
 */
public final class SimpleQueryClient implements AutoCloseable {

  /** The SQLSTATE a server answers with while it is still starting up. */
  public static final String CANNOT_CONNECT_NOW = "57P03";

  private final SocketChannel channel;
  private final Selector selector;
  private final long timeoutMillis;
  private final ByteBuffer in = ByteBuffer.allocate(1 << 16).flip();

  private SimpleQueryClient(SocketChannel channel, Selector selector, long timeoutMillis) {
    this.channel = channel;
    this.selector = selector;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Connects and logs in; returns once the server has sent ReadyForQuery.
   *
   * @param address a TCP or Unix-domain socket address of the server
   * @throws ServerError when the server refuses the login (e.g. {@link #CANNOT_CONNECT_NOW})
   * @throws IOException when the connection fails or a reply takes longer than the timeout
   */
  public static SimpleQueryClient connect(
      SocketAddress address, String user, String database, long timeoutMillis) throws IOException {
    SocketChannel channel = SocketChannel.open(address);
    Selector selector = null;
    try {
      channel.configureBlocking(false);
      selector = Selector.open();
      channel.register(selector, SelectionKey.OP_READ);
      SimpleQueryClient client = new SimpleQueryClient(channel, selector, timeoutMillis);
      client.startup(user, database);
      return client;
    } catch (IOException | RuntimeException e) {
      channel.close();
      if (selector != null) {
        selector.close();
      }
      throw e;
    }
  }

  /**
   * Runs one statement (or several, separated by semicolons, in one implicit transaction) and
   * returns the rows of its last result, each column as text ({@code null} for NULL).
   *
   * @throws ServerError when the server answers with an error
   */
  public List<List<String>> query(String sql) throws IOException {
    byte[] text = sql.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(1 + 4 + text.length + 1);
    out.put((byte) 'Q').putInt(4 + text.length + 1).put(text).put((byte) 0).flip();
    write(out);
    List<List<String>> rows = new ArrayList<>();
    ServerError error = null;
    while (true) {
      Message m = read();
      switch (m.type) {
        case 'T' -> rows.clear();
        case 'D' -> rows.add(dataRow(m.body));
        case 'E' -> error = ServerError.parse(m.body);
        case 'Z' -> {
          if (error != null) {
            throw error;
          }
          return rows;
        }
        default -> {
          // CommandComplete, NoticeResponse, ParameterStatus and the like carry nothing we use.
        }
      }
    }
  }

  private void startup(String user, String database) throws IOException {
    // StartupMessage: Int32 length, Int32 196608 (protocol 3.0), then name/value C strings, then 0.
    byte[] params =
        ("user\0" + user + "\0database\0" + database + "\0\0").getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(8 + params.length);
    out.putInt(8 + params.length).putInt(196608).put(params).flip();
    write(out);
    while (true) {
      Message m = read();
      switch (m.type) {
        case 'R' -> {
          int code = m.body.getInt();
          if (code != 0) {
            throw new EmbeddedPostgresException(
                "the server asked user "
                    + user
                    + " for authentication (code "
                    + code
                    + "); setup needs trust");
          }
        }
        case 'E' -> throw ServerError.parse(m.body);
        case 'Z' -> {
          return;
        }
        default -> {
          // ParameterStatus, BackendKeyData, NoticeResponse.
        }
      }
    }
  }

  private static List<String> dataRow(ByteBuffer body) {
    int columns = body.getShort() & 0xFFFF;
    List<String> row = new ArrayList<>(columns);
    for (int i = 0; i < columns; i++) {
      int length = body.getInt();
      if (length < 0) {
        row.add(null);
      } else {
        byte[] value = new byte[length];
        body.get(value);
        row.add(new String(value, StandardCharsets.UTF_8));
      }
    }
    return row;
  }

  private record Message(char type, ByteBuffer body) {}

  /** Reads one backend message: Byte1 type, Int32 length (including itself), body. */
  private Message read() throws IOException {
    fill(5);
    char type = (char) in.get();
    int length = in.getInt();
    if (length < 4 || length > (1 << 30)) {
      throw new IOException("bad length " + length + " for message '" + type + "'");
    }
    byte[] body = new byte[length - 4];
    int copied = 0;
    while (copied < body.length) {
      fill(1);
      int n = Math.min(in.remaining(), body.length - copied);
      in.get(body, copied, n);
      copied += n;
    }
    return new Message(type, ByteBuffer.wrap(body));
  }

  private void fill(int needed) throws IOException {
    if (in.remaining() >= needed) {
      return;
    }
    in.compact();
    long deadline = System.currentTimeMillis() + timeoutMillis;
    try {
      while (in.position() < needed) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0 || selector.select(left) == 0 && System.currentTimeMillis() >= deadline) {
          throw new SocketTimeoutException(
              "no reply from the server within " + timeoutMillis + " ms");
        }
        selector.selectedKeys().clear();
        if (channel.read(in) < 0) {
          throw new EOFException("the server closed the connection");
        }
      }
    } finally {
      in.flip();
    }
  }

  private void write(ByteBuffer out) throws IOException {
    // The messages are tiny; a local socket's buffer takes them at once, so no write readiness.
    while (out.hasRemaining()) {
      if (channel.write(out) == 0) {
        Thread.onSpinWait();
      }
    }
  }

  /** Sends Terminate and closes the connection. */
  @Override
  public void close() throws IOException {
    try {
      write(ByteBuffer.wrap(new byte[] {'X', 0, 0, 0, 4}));
    } catch (IOException e) {
      // The server may have gone already; closing is all that matters.
    } finally {
      selector.close();
      channel.close();
    }
  }

  /** An ErrorResponse from the server. */
  public static final class ServerError extends IOException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    private ServerError(String sqlState, String message) {
      super(message);
      this.sqlState = sqlState;
    }

    /** The SQLSTATE code, e.g. {@code 57P03}. */
    public String sqlState() {
      return sqlState;
    }

    /** Fields: Byte1 code, C string value; repeated, ended by a zero byte. */
    static ServerError parse(ByteBuffer body) {
      String state = "";
      String severity = "ERROR";
      String message = "";
      while (body.hasRemaining()) {
        byte code = body.get();
        if (code == 0) {
          break;
        }
        int start = body.position();
        while (body.get() != 0) {
          // Scan to the terminator.
        }
        String value =
            new String(body.array(), start, body.position() - start - 1, StandardCharsets.UTF_8);
        switch (code) {
          case 'C' -> state = value;
          case 'S' -> severity = value;
          case 'M' -> message = value;
          default -> {}
        }
      }
      return new ServerError(state, severity + ": " + message + " (SQLSTATE " + state + ")");
    }
  }
}
