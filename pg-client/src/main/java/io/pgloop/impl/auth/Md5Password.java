package io.pgloop.impl.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The answer to AuthenticationMD5Password: {@code "md5" + md5hex(md5hex(password + user) + salt)},
 * as PostgreSQL computes it.
 */
public final class Md5Password {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private Md5Password() {}

  /** The password message body for {@code user}, {@code password} and the server's salt. */
  public static String encode(String user, String password, byte[] salt) {
    MessageDigest md5 = md5();
    md5.update(password.getBytes(StandardCharsets.UTF_8));
    md5.update(user.getBytes(StandardCharsets.UTF_8));
    byte[] inner = hex(md5.digest());
    md5.update(inner);
    md5.update(salt);
    return "md5" + new String(hex(md5.digest()), StandardCharsets.US_ASCII);
  }

  private static byte[] hex(byte[] digest) {
    byte[] out = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return out;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no MD5, which MD5 authentication needs", e);
    }
  }
}
