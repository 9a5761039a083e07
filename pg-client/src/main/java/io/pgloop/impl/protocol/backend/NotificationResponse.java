package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * NotificationResponse ('A'): a NOTIFY on a channel this session listens to.
 *
 * @param processId the process ID of the notifying backend
 * @param channel the channel
 * @param payload the payload, empty when none was given
 */
public record NotificationResponse(int processId, String channel, String payload)
    implements BackendMessage {

  /* NotificationResponse ('A') body: Int32 process ID | String channel | String payload */
  static NotificationResponse decode(ByteBuf body) {
    int processId = body.readInt();
    String channel = Payloads.readCString(body, "channel");
    return new NotificationResponse(processId, channel, Payloads.readCString(body, "payload"));
  }
}
