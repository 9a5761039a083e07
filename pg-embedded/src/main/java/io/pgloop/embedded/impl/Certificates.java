package io.pgloop.embedded.impl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Generates the TLS material of one server, fresh at every start so that no key is ever committed:
 * a CA, a server certificate it signs (for {@code localhost}, {@code 127.0.0.1} and {@code ::1}), a
 * client certificate it signs (common name = the certificate user), and an unrelated "wrong" CA
 * that tests use to check that verification fails.
 *
 * <p>Keys are EC P-256: generating them takes milliseconds where RSA takes a large part of a
 * second, and every client in question (libpq, pgjdbc, Netty) accepts them. Certificates are PEM
 * {@code CERTIFICATE}; keys are PEM PKCS#8 {@code PRIVATE KEY}, plus a DER copy of the client key
 * for pgjdbc, which reads only that.
 *
 * @param directory where the files are
 */
public record Certificates(Path directory) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SIGNATURE = "SHA256withECDSA";

  /** The CA that signed the server and client certificates. */
  public Path caCert() {
    return directory.resolve("ca.crt");
  }

  /** The server's certificate. */
  public Path serverCert() {
    return directory.resolve("server.crt");
  }

  /** The server's private key; the server insists on mode 0600 and owning it. */
  public Path serverKey() {
    return directory.resolve("server.key");
  }

  /** The client certificate. */
  public Path clientCert() {
    return directory.resolve("client.crt");
  }

  /** The client's private key, PEM. */
  public Path clientKey() {
    return directory.resolve("client.key");
  }

  /** The client's private key, PKCS#8 DER (what pgjdbc's {@code sslkey} reads). */
  public Path clientKeyDer() {
    return directory.resolve("client.pk8");
  }

  /** A CA that signed nothing the server presents. */
  public Path wrongCaCert() {
    return directory.resolve("wrong-ca.crt");
  }

  /**
   * Writes a fresh set into {@code directory}, which must exist.
   *
   * @param clientUser the common name of the client certificate
   */
  public static Certificates generate(Path directory, String clientUser) {
    Certificates files = new Certificates(directory);
    try {
      KeyPair caKeys = newKeyPair();
      X500Name caName = new X500Name("CN=pgloop test CA");
      X509Certificate ca = sign(caName, caKeys, caName, caKeys, true, null, null);

      KeyPair serverKeys = newKeyPair();
      GeneralNames serverNames =
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")
              });
      X509Certificate server =
          sign(
              new X500Name("CN=localhost"),
              serverKeys,
              caName,
              caKeys,
              false,
              serverNames,
              KeyPurposeId.id_kp_serverAuth);

      KeyPair clientKeys = newKeyPair();
      X509Certificate client =
          sign(
              new X500Name("CN=" + clientUser),
              clientKeys,
              caName,
              caKeys,
              false,
              null,
              KeyPurposeId.id_kp_clientAuth);

      KeyPair wrongKeys = newKeyPair();
      X500Name wrongName = new X500Name("CN=pgloop wrong CA");
      X509Certificate wrongCa = sign(wrongName, wrongKeys, wrongName, wrongKeys, true, null, null);

      writePem(files.caCert(), ca);
      writePem(files.serverCert(), server);
      writeKey(files.serverKey(), serverKeys.getPrivate());
      writePem(files.clientCert(), client);
      writeKey(files.clientKey(), clientKeys.getPrivate());
      writeSecret(files.clientKeyDer(), clientKeys.getPrivate().getEncoded());
      writePem(files.wrongCaCert(), wrongCa);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write certificates into " + directory, e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate test certificates", e);
    }
  }

  private static Path directory(Path file) {
    return file.toAbsolutePath().getParent();
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(
      X500Name subject,
      KeyPair subjectKeys,
      X500Name issuer,
      KeyPair issuerKeys,
      boolean ca,
      GeneralNames altNames,
      KeyPurposeId purpose)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    // Backdated a day so that a clock a little behind the server's does not reject it.
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, RANDOM).add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(3650))),
            subject,
            subjectKeys.getPublic());
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
    if (ca) {
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } else {
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
    }
    if (altNames != null) {
      builder.addExtension(Extension.subjectAlternativeName, false, altNames);
    }
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKeys.getPrivate())));
    } catch (CertificateException e) {
      throw new IllegalStateException("cannot encode certificate for " + subject, e);
    }
  }

  private static void writePem(Path file, X509Certificate certificate) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      pem.writeObject(certificate);
    }
    Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
  }

  private static void writeKey(Path file, PrivateKey key) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      // PKCS#8 ("PRIVATE KEY"), which every client reads, not OpenSSL's "EC PRIVATE KEY".
      pem.writeObject(new PemObject("PRIVATE KEY", key.getEncoded()));
    }
    writeSecret(file, text.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes a key readable by its owner only: libpq and the server refuse anything looser. */
  private static void writeSecret(Path file, byte[] content) throws IOException {
    if (Files2.isPosix(directory(file))) {
      // Created private, never readable by others even for a moment.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(Files2.permissions(0600)));
    }
    Files.write(file, content);
  }
}
