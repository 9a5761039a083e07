/**
 * The Mutiny API of pgloop: one class per interface of {@code io.pgloop}, generated from it at
 * build time, with {@code Uni} for each {@code Future} and {@code Multi} for each stream, plus the
 * {@code xxxAndAwait} and {@code xxxAndForget} variants of each {@code Uni} method.
 *
 * <p>Rows, tuples and results ({@code RowSet}, {@code Row}, {@code Tuple}, {@code SqlResult}) are
 * the core's own types. Each wrapper's {@code getDelegate()} gives the core object.
 */
@GenModule(sourcePackage = "io.pgloop")
package io.pgloop.mutiny;

import io.pgloop.codegen.GenModule;
