package io.pgloop.impl.auth;

import com.ongres.scram.client.ScramClient;
import com.ongres.scram.common.exception.ScramException;
import com.ongres.scram.common.util.TlsServerEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client side of SCRAM-SHA-256 and SCRAM-SHA-256-PLUS (RFC 5802, RFC 7677), on the
 * com.ongres.scram library, with the checks that are the client's to make: the channel binding
 * policy, and a cap on the iteration count the server asks for, checked before any hashing so that
 * a hostile server cannot make the client burn CPU.
 */
public final class ScramAuthenticator {

  /** The SASL mechanism that binds to the TLS channel. */
  public static final String SCRAM_PLUS = "SCRAM-SHA-256-PLUS";

  /** The SASL mechanism without channel binding. */
  public static final String SCRAM = "SCRAM-SHA-256";

  private final ScramClient client;
  private final int iterationCap;

  private ScramAuthenticator(ScramClient client, int iterationCap) {
    this.client = client;
    this.iterationCap = iterationCap;
  }

  /**
   * Chooses the mechanism among the server's and prepares the exchange.
   *
   * @param serverMechanisms the mechanisms in AuthenticationSASL
   * @param serverCertificate the server's TLS certificate, or null without TLS
   * @param bindingPolicy "disable", "prefer" or "require"
   * @throws AuthenticationException when no mechanism fits the policy
   */
  public static ScramAuthenticator start(
      List<String> serverMechanisms,
      String password,
      X509Certificate serverCertificate,
      String bindingPolicy,
      int iterationCap) {
    boolean plusOffered = serverMechanisms.contains(SCRAM_PLUS);
    boolean bind = !"disable".equals(bindingPolicy) && serverCertificate != null && plusOffered;
    if ("require".equals(bindingPolicy) && !bind) {
      throw new AuthenticationException(
          serverCertificate == null
              ? "channel binding is required, but the connection does not use TLS"
              : "channel binding is required, but the server did not offer SCRAM-SHA-256-PLUS");
    }
    List<String> mechanisms = new ArrayList<>(serverMechanisms);
    if (!bind) {
      mechanisms.remove(SCRAM_PLUS);
    }
    if (!mechanisms.contains(SCRAM)) {
      throw new AuthenticationException(
          "none of the server's SASL mechanisms " + serverMechanisms + " is supported");
    }
    // The user name travels in the startup message; SCRAM's own is ignored by PostgreSQL.
    ScramClient.FinalBuildStage builder =
        ScramClient.builder()
            .advertisedMechanisms(mechanisms)
            .username("*")
            .password(password.toCharArray());
    if (bind) {
      builder.channelBinding(
          TlsServerEndpoint.TLS_SERVER_END_POINT, bindingData(serverCertificate));
    }
    return new ScramAuthenticator(builder.build(), iterationCap);
  }

  private static byte[] bindingData(X509Certificate certificate) {
    try {
      return TlsServerEndpoint.getChannelBindingData(certificate);
    } catch (CertificateEncodingException e) {
      throw new AuthenticationException(
          "cannot read the server certificate for channel binding", e);
    }
  }

  /** The mechanism chosen, to name in SASLInitialResponse. */
  public String mechanism() {
    return client.getScramMechanism().getName();
  }

  /** Whether the exchange binds to the TLS channel. */
  public boolean bindsChannel() {
    return mechanism().endsWith("-PLUS");
  }

  /** The client-first-message. */
  public byte[] initialResponse() {
    return ascii(client.clientFirstMessage().toString());
  }

  /**
   * Reads the server-first-message and answers with the client-final-message.
   *
   * @throws AuthenticationException when the message is malformed or asks for more iterations than
   *     the cap
   */
  public byte[] handleServerFirst(byte[] serverFirst) {
    String message = new String(serverFirst, StandardCharsets.UTF_8);
    int iterations = iterations(message);
    if (iterations > iterationCap) {
      throw new AuthenticationException(
          "the server asked for "
              + iterations
              + " SCRAM iterations, above the cap of "
              + iterationCap
              + " (scramIterationCap)");
    }
    try {
      client.serverFirstMessage(message);
    } catch (ScramException e) {
      throw new AuthenticationException("invalid SCRAM server-first-message: " + e.getMessage(), e);
    }
    return ascii(client.clientFinalMessage().toString());
  }

  /**
   * Verifies the server-final-message: the server proves it knows the password.
   *
   * @throws AuthenticationException when the signature does not verify or the server reports an
   *     error
   */
  public void handleServerFinal(byte[] serverFinal) {
    try {
      client.serverFinalMessage(new String(serverFinal, StandardCharsets.UTF_8));
    } catch (ScramException e) {
      throw new AuthenticationException(
          "the server's SCRAM signature does not verify: " + e.getMessage(), e);
    }
  }

  private static int iterations(String serverFirst) {
    for (String attribute : serverFirst.split(",")) {
      if (attribute.startsWith("i=")) {
        try {
          return Integer.parseInt(attribute.substring(2));
        } catch (NumberFormatException e) {
          throw new AuthenticationException("invalid SCRAM iteration count: " + attribute);
        }
      }
    }
    throw new AuthenticationException("the SCRAM server-first-message has no iteration count");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
