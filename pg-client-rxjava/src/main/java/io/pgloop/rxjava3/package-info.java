/**
 * The RxJava 3 API of pgloop: one class per interface of {@code io.pgloop}, generated from it at
 * build time, with {@code Single}, {@code Maybe} or {@code Completable} for each {@code Future} and
 * {@code Flowable} for each stream.
 *
 * <p>Rows, tuples and results ({@code RowSet}, {@code Row}, {@code Tuple}, {@code SqlResult}) are
 * the core's own types. Each wrapper's {@code getDelegate()} gives the core object.
 */
@GenModule(sourcePackage = "io.pgloop")
package io.pgloop.rxjava3;

import io.pgloop.codegen.GenModule;
