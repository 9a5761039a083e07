package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgProtocolException;

/** Dispatches a backend message body to its parser by the message's type byte. */
public final class BackendMessages {

  private BackendMessages() {}

  /**
   * Decodes one message body. The whole body must be consumed by its parser: a body longer or
   * shorter than its message's layout is an error, as libpq also treats it.
   *
   * @param type the message's type byte
   * @param payload the body: the bytes after the type and the length
   * @return the message; a {@link DataRow} or {@link CopyData} holds a copy of the body, so the
   *     payload can be released once this returns
   * @throws PgProtocolException for an unknown type or a body that does not match the type
   */
  public static BackendMessage decode(byte type, ByteBuf payload) {
    BackendMessage message;
    try {
      message = parse(type, payload);
    } catch (MalformedMessageException e) {
      throw malformed(type, e.getMessage());
    } catch (IndexOutOfBoundsException e) {
      throw malformed(type, "truncated body of " + payload.writerIndex() + " bytes");
    }
    if (payload.isReadable()) {
      throw malformed(type, payload.readableBytes() + " unexpected bytes after the body");
    }
    return message;
  }

  private static BackendMessage parse(byte type, ByteBuf payload) {
    return switch (type) {
      case 'D' -> DataRow.decode(payload);
      case 'C' -> CommandComplete.decode(payload);
      case 'Z' -> ReadyForQuery.decode(payload);
      case '1' -> ParseComplete.INSTANCE;
      case '2' -> BindComplete.INSTANCE;
      case '3' -> CloseComplete.INSTANCE;
      case 'T' -> RowDescription.decode(payload);
      case 't' -> ParameterDescription.decode(payload);
      case 'n' -> NoData.INSTANCE;
      case 's' -> PortalSuspended.INSTANCE;
      case 'I' -> EmptyQueryResponse.INSTANCE;
      case 'E' -> ErrorResponse.decode(payload);
      case 'N' -> NoticeResponse.decode(payload);
      case 'A' -> NotificationResponse.decode(payload);
      case 'S' -> ParameterStatus.decode(payload);
      case 'R' -> AuthenticationRequest.decode(payload);
      case 'K' -> BackendKeyData.decode(payload);
      case 'v' -> NegotiateProtocolVersion.decode(payload);
      case 'G' -> CopyResponse.decode(CopyResponse.Kind.IN, payload);
      case 'H' -> CopyResponse.decode(CopyResponse.Kind.OUT, payload);
      case 'W' -> CopyResponse.decode(CopyResponse.Kind.BOTH, payload);
      case 'd' -> CopyData.decode(payload);
      case 'c' -> CopyDone.INSTANCE;
      case 'V' -> FunctionCallResponse.decode(payload);
      default -> throw unknownType(type);
    };
  }

  /** Whether {@code type} is the type byte of a message this package decodes. */
  public static boolean isKnown(byte type) {
    return name(type) != null;
  }

  /** The protocol's name of the message with this type byte, or null for an unknown type. */
  public static String name(byte type) {
    return switch (type) {
      case 'D' -> "DataRow";
      case 'C' -> "CommandComplete";
      case 'Z' -> "ReadyForQuery";
      case '1' -> "ParseComplete";
      case '2' -> "BindComplete";
      case '3' -> "CloseComplete";
      case 'T' -> "RowDescription";
      case 't' -> "ParameterDescription";
      case 'n' -> "NoData";
      case 's' -> "PortalSuspended";
      case 'I' -> "EmptyQueryResponse";
      case 'E' -> "ErrorResponse";
      case 'N' -> "NoticeResponse";
      case 'A' -> "NotificationResponse";
      case 'S' -> "ParameterStatus";
      case 'R' -> "Authentication";
      case 'K' -> "BackendKeyData";
      case 'v' -> "NegotiateProtocolVersion";
      case 'G' -> "CopyInResponse";
      case 'H' -> "CopyOutResponse";
      case 'W' -> "CopyBothResponse";
      case 'd' -> "CopyData";
      case 'c' -> "CopyDone";
      case 'V' -> "FunctionCallResponse";
      default -> null;
    };
  }

  /** The error for a type byte no message has. */
  static PgProtocolException unknownType(byte type) {
    return new PgProtocolException("unknown backend message type " + describeByte(type));
  }

  /** A byte as an error message shows it: {@code 'x' (0x78)}, or {@code 0x01} when unprintable. */
  static String describeByte(byte b) {
    String hex = String.format("0x%02x", b & 0xff);
    return b >= 0x20 && b < 0x7f ? "'" + (char) b + "' (" + hex + ")" : hex;
  }

  static PgProtocolException malformed(byte type, String problem) {
    return new PgProtocolException(
        "malformed message '" + (char) type + "' (" + name(type) + "): " + problem);
  }
}
