package io.pgloop.impl.protocol.backend;

/**
 * A message from the server, decoded by {@link BackendMessageDecoder}. Each implementation decodes
 * its own body with a static {@code decode(ByteBuf)}; {@link BackendMessages} dispatches on the
 * type byte.
 */
public sealed interface BackendMessage
    permits AuthenticationRequest,
        BackendKeyData,
        BindComplete,
        CloseComplete,
        CommandComplete,
        CopyData,
        CopyDone,
        CopyResponse,
        DataRow,
        EmptyQueryResponse,
        ErrorResponse,
        FunctionCallResponse,
        NegotiateProtocolVersion,
        NoData,
        NoticeResponse,
        NotificationResponse,
        ParameterDescription,
        ParameterStatus,
        ParseComplete,
        PortalSuspended,
        ReadyForQuery,
        RowDescription {}
