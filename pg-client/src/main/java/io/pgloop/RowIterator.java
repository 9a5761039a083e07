package io.pgloop;

import java.util.Iterator;

/**
 * An iterator over the rows of a {@link RowSet}. It reads a result already received in full; it
 * does not support {@code remove}.
 *
 * @param <R> the type of a row
 */
public interface RowIterator<R> extends Iterator<R> {}
