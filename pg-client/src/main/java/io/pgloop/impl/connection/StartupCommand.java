package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.RequireAuth;
import io.pgloop.impl.auth.AuthenticationException;
import io.pgloop.impl.auth.Md5Password;
import io.pgloop.impl.auth.ScramAuthenticator;
import io.pgloop.impl.protocol.backend.AuthenticationCleartextPassword;
import io.pgloop.impl.protocol.backend.AuthenticationGss;
import io.pgloop.impl.protocol.backend.AuthenticationGssContinue;
import io.pgloop.impl.protocol.backend.AuthenticationKerberosV5;
import io.pgloop.impl.protocol.backend.AuthenticationMd5Password;
import io.pgloop.impl.protocol.backend.AuthenticationOk;
import io.pgloop.impl.protocol.backend.AuthenticationRequest;
import io.pgloop.impl.protocol.backend.AuthenticationSasl;
import io.pgloop.impl.protocol.backend.AuthenticationSaslContinue;
import io.pgloop.impl.protocol.backend.AuthenticationSaslFinal;
import io.pgloop.impl.protocol.backend.AuthenticationSspi;
import io.pgloop.impl.protocol.backend.BackendKeyData;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.NegotiateProtocolVersion;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;
import java.security.cert.X509Certificate;

/**
 * The startup exchange: StartupMessage, authentication, then the server's parameters and key until
 * the first ReadyForQuery.
 */
final class StartupCommand extends Command<Void> {

  private final StartupParameters startup;
  private ScramAuthenticator scram;
  private boolean scramVerified;
  private RequireAuth.Method methodUsed = RequireAuth.Method.NONE;

  StartupCommand(Promise<Void> promise, StartupParameters startup) {
    super(promise);
    this.startup = startup;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    FrontendMessages.startup(out, startup.protocolMinor(), startup.parameters());
    connection.protocolMinor(startup.protocolMinor());
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    try {
      return handleOrThrow(message, connection);
    } catch (AuthenticationException e) {
      fail(new PgConnectionException(e.getMessage(), e));
      connection.failConnection(e);
      return true;
    }
  }

  private boolean handleOrThrow(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof AuthenticationOk) {
      checkAuthenticated();
    } else if (message instanceof AuthenticationCleartextPassword) {
      require(RequireAuth.Method.PASSWORD, "a cleartext password");
      String password = password();
      connection.writeNow(out -> FrontendMessages.password(out, password));
    } else if (message instanceof AuthenticationMd5Password md5) {
      require(RequireAuth.Method.MD5, "an MD5-hashed password");
      String answer = Md5Password.encode(startup.user(), password(), md5.salt());
      connection.writeNow(out -> FrontendMessages.password(out, answer));
    } else if (message instanceof AuthenticationSasl sasl) {
      require(RequireAuth.Method.SCRAM_SHA_256, "SASL authentication");
      scram =
          ScramAuthenticator.start(
              sasl.mechanisms(),
              password(),
              serverCertificate(connection),
              startup.channelBinding(),
              startup.scramIterationCap());
      byte[] first = scram.initialResponse();
      String mechanism = scram.mechanism();
      connection.writeNow(out -> FrontendMessages.saslInitialResponse(out, mechanism, first));
    } else if (message instanceof AuthenticationSaslContinue next) {
      byte[] reply = sasl().handleServerFirst(next.data());
      connection.writeNow(out -> FrontendMessages.saslResponse(out, reply));
    } else if (message instanceof AuthenticationSaslFinal last) {
      sasl().handleServerFinal(last.data());
      scramVerified = true;
    } else if (message instanceof AuthenticationRequest other) {
      throw new AuthenticationException(
          "the server asked for "
              + unsupportedMethod(other)
              + " authentication, which pgloop does not support");
    } else if (message instanceof BackendKeyData key) {
      connection.backendKey(key.processId(), key.secretKey());
    } else if (message instanceof NegotiateProtocolVersion negotiate) {
      if (negotiate.newestMinor() < startup.minProtocolMinor()) {
        throw new AuthenticationException(
            "the server supports protocol 3."
                + negotiate.newestMinor()
                + " only, below min_protocol_version 3."
                + startup.minProtocolMinor());
      }
      connection.protocolMinor(negotiate.newestMinor());
    } else if (message instanceof ErrorResponse error) {
      fail(PgException.of(error.fields()));
    } else if (message instanceof ReadyForQuery) {
      promise.tryComplete();
      return true;
    } else {
      throw new AuthenticationException(
          "unexpected " + message.getClass().getSimpleName() + " during startup");
    }
    return false;
  }

  private static String unsupportedMethod(AuthenticationRequest request) {
    if (request instanceof AuthenticationGss || request instanceof AuthenticationGssContinue) {
      return "GSSAPI";
    }
    if (request instanceof AuthenticationSspi) {
      return "SSPI";
    }
    if (request instanceof AuthenticationKerberosV5) {
      return "Kerberos V5";
    }
    return request.getClass().getSimpleName();
  }

  private void require(RequireAuth.Method method, String what) {
    if (!startup.requireAuth().allows(method)) {
      throw new AuthenticationException(
          "authentication method requirement \""
              + startup.requireAuth()
              + "\" failed: the server requested "
              + what);
    }
    methodUsed = method;
  }

  private void checkAuthenticated() {
    if (scram != null && !scramVerified) {
      throw new AuthenticationException(
          "the server ended SCRAM authentication without proving that it knows the password");
    }
    if (methodUsed == RequireAuth.Method.NONE
        && !startup.requireAuth().allows(RequireAuth.Method.NONE)) {
      throw new AuthenticationException(
          "authentication method requirement \""
              + startup.requireAuth()
              + "\" failed: the server did not complete authentication");
    }
    if ("require".equals(startup.channelBinding()) && (scram == null || !scram.bindsChannel())) {
      throw new AuthenticationException(
          "channel binding required, but the server authenticated the client without channel"
              + " binding");
    }
  }

  private ScramAuthenticator sasl() {
    if (scram == null) {
      throw new AuthenticationException("SASL message before AuthenticationSASL");
    }
    return scram;
  }

  private String password() {
    String password = startup.password();
    if (password == null) {
      throw new AuthenticationException(
          "the server asked for a password for user \""
              + startup.user()
              + "\", but none was given (password option, PGPASSWORD or the password file)");
    }
    return password;
  }

  private static X509Certificate serverCertificate(PgConnectionImpl connection) {
    if (!connection.socket().isSsl()) {
      return null;
    }
    try {
      return (X509Certificate) connection.socket().peerCertificates().get(0);
    } catch (Exception e) {
      return null;
    }
  }

  /** The server's fatal error during startup is the connect failure itself. */
  void failWith(PgException error) {
    fail(error);
  }
}
