package io.pgloop;

/**
 * A notification sent with NOTIFY (or {@code pg_notify}) on a channel the connection listens to.
 *
 * @param processId the process ID of the backend that notified
 * @param channel the channel
 * @param payload the payload, empty when none was given
 */
public record PgNotification(int processId, String channel, String payload) {}
