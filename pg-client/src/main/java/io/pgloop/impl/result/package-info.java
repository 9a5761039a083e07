/**
 * Rows as views over DataRow bytes ({@link io.pgloop.impl.result.RowImpl}), the results of
 * statements, and the builders the connection feeds as messages arrive ({@link
 * io.pgloop.impl.result.ResultBuilders}). Not API.
 */
package io.pgloop.impl.result;
