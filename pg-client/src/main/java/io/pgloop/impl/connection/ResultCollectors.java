package io.pgloop.impl.connection;

/** Placeholder: adapts the result builders of io.pgloop.impl.result; written at integration. */
final class ResultCollectors {}
