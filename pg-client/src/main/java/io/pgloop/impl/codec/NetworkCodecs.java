package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import io.pgloop.data.Inet;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The network types: {@code inet} and {@code cidr} as {@link Inet} (an {@link InetAddress} binds as
 * an inet of one host), {@code macaddr} and {@code macaddr8} as Strings in the server's form {@code
 * 08:00:2b:01:02:03}.
 */
final class NetworkCodecs {

  private NetworkCodecs() {}

  static List<BaseCodec<?>> all() {
    return List.of(
        new InetCodec("inet", 869, 1041),
        new InetCodec("cidr", 650, 651),
        new MacCodec("macaddr", 829, 1040, 6),
        new MacCodec("macaddr8", 774, 775, 8));
  }

  /** {@code inet} and {@code cidr}. */
  static final class InetCodec extends BaseCodec<Inet> {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 3; // PGSQL_AF_INET6: AF_INET + 1, not the OS's value

    private final boolean cidr;

    InetCodec(String name, int oid, int arrayOid) {
      super(name, oid, arrayOid, Inet.class);
      this.cidr = name.equals("cidr");
    }

    @Override
    public boolean canEncode(Object value) {
      return value instanceof Inet || value instanceof InetAddress;
    }

    @Override
    public Inet coerce(Object value) {
      return value instanceof InetAddress a ? Inet.host(a) : super.coerce(value);
    }

    /*
     * Binary layout (inet_send):
     *   uint8 family (2 IPv4, 3 IPv6) | uint8 prefix bits | uint8 is_cidr | uint8 address length
     *   address bytes (4 or 16)
     */
    @Override
    public void encodeBinary(Inet value, ByteBuf out) {
      byte[] address = value.address().getAddress();
      out.writeByte(address.length == 4 ? AF_INET : AF_INET6);
      out.writeByte(value.prefixLength());
      out.writeByte(cidr ? 1 : 0);
      out.writeByte(address.length);
      out.writeBytes(address);
    }

    @Override
    public Inet decodeBinary(ByteBuf buf, int index, int length) {
      int n = length >= 4 ? buf.getUnsignedByte(index + 3) : -1;
      if ((n != 4 && n != 16) || length != 4 + n) {
        throw invalid(length + " bytes");
      }
      byte[] address = new byte[n];
      buf.getBytes(index + 4, address);
      try {
        return new Inet(address(address), buf.getUnsignedByte(index + 1));
      } catch (UnknownHostException e) {
        throw invalid(e.getMessage());
      }
    }

    /** As inet_out writes it: the prefix omitted for a host of an inet, always there for a cidr. */
    @Override
    public String encodeText(Inet value) {
      byte[] address = value.address().getAddress();
      String host = address.length == 4 ? value.address().getHostAddress() : ipv6(address);
      return cidr || value.prefixLength() != address.length * 8
          ? host + "/" + value.prefixLength()
          : host;
    }

    /**
     * The address of 4 or 16 bytes. Java turns an IPv4-mapped IPv6 address (::ffff:1.2.3.4) into
     * the IPv4 one; PostgreSQL keeps it IPv6, and so does this.
     */
    private static InetAddress address(byte[] bytes) throws UnknownHostException {
      return bytes.length == 16
          ? Inet6Address.getByAddress(null, bytes, -1)
          : InetAddress.getByAddress(bytes);
    }

    /** The RFC 5952 form that PostgreSQL writes: lowercase, the longest zero run as "::". */
    private static String ipv6(byte[] a) {
      boolean mapped = a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = a[i] == 0;
      }
      if (mapped) {
        return "::ffff:"
            + (a[12] & 0xFF)
            + "."
            + (a[13] & 0xFF)
            + "."
            + (a[14] & 0xFF)
            + "."
            + (a[15] & 0xFF);
      }
      int[] groups = new int[8];
      for (int i = 0; i < 8; i++) {
        groups[i] = ((a[2 * i] & 0xFF) << 8) | (a[2 * i + 1] & 0xFF);
      }
      int bestStart = -1;
      int bestLength = 1;
      for (int i = 0; i < 8; ) {
        int j = i;
        while (j < 8 && groups[j] == 0) {
          j++;
        }
        if (j - i > bestLength) {
          bestStart = i;
          bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        if (i == bestStart) {
          sb.append("::");
          i += bestLength - 1;
          continue;
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
          sb.append(':');
        }
        sb.append(Integer.toHexString(groups[i]));
      }
      return sb.toString();
    }

    @Override
    public Inet decodeText(ByteBuf buf, int index, int length) {
      String s = utf8(buf, index, length);
      int slash = s.indexOf('/');
      String host = slash < 0 ? s : s.substring(0, slash);
      // Only literals: a name here must never start a DNS lookup.
      if (host.isEmpty() || !host.matches("[0-9a-fA-F:.]+")) {
        throw invalid("\"" + s + "\"");
      }
      try {
        InetAddress address = InetAddress.getByName(host);
        if (host.indexOf(':') >= 0 && address.getAddress().length == 4) {
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xFF;
          mapped[11] = (byte) 0xFF;
          System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
          address = address(mapped);
        }
        return slash < 0
            ? Inet.host(address)
            : new Inet(address, Integer.parseInt(s.substring(slash + 1)));
      } catch (UnknownHostException | IllegalArgumentException e) {
        throw invalid("\"" + s + "\"");
      }
    }
  }
}
