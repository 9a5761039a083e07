/**
 * The annotations that mark the core's API for the reactive bindings, and the annotation processor
 * that writes the bindings.
 *
 * <h2>In the core</h2>
 *
 * <p>Mark each public interface to wrap with {@link io.pgloop.codegen.GenWrapper}, a method to
 * leave out with {@link io.pgloop.codegen.GenIgnore}, a method whose future may complete with
 * {@code null} with {@link io.pgloop.codegen.GenNullable}. Depend on this module with {@code
 * provided} scope, and compile with {@code -parameters} so that the wrappers keep the parameter
 * names. The processor is on the classpath then, but does nothing without its flavor option.
 *
 * <h2>In a bindings module</h2>
 *
 * <p>A {@code package-info.java} carries {@link io.pgloop.codegen.GenModule} with the core's
 * package; the compiler runs {@link io.pgloop.codegen.WrapperProcessor} (from {@code
 * annotationProcessorPaths}) with {@code -Apgloop.codegen.flavor=mutiny} or {@code =rxjava3}, and
 * {@code -Apgloop.codegen.package.from}/{@code .to} for the target package. The wrappers are
 * generated into {@code target/generated-sources/annotations} and compiled with the module. {@code
 * -Apgloop.codegen.vertx.wrapper=io.vertx.rxjava3.core.Vertx} adds, to each static method that
 * takes a core {@code Vertx}, an overload that takes that wrapper. With the core's sources on the
 * source path ({@code -sourcepath ... -Xprefer:source -implicit:none}) the wrappers copy the core's
 * javadoc, their references rewritten to resolve from the wrappers' package.
 *
 * <h2>What becomes what</h2>
 *
 * <table>
 *   <caption>Type mapping</caption>
 *   <tr><th>core</th><th>Mutiny</th><th>RxJava 3</th></tr>
 *   <tr><td>{@code Future<Void>}</td><td>{@code Uni<Void>}</td><td>{@code Completable}</td></tr>
 *   <tr><td>{@code Future<T>}</td><td>{@code Uni<T>}</td>
 *       <td>{@code Single<T>}; {@code Maybe<T>} if {@code @GenNullable}</td></tr>
 *   <tr><td>{@code ReadStream<T>}</td><td>{@code Multi<T>}</td><td>{@code Flowable<T>}</td></tr>
 *   <tr><td>{@code @GenWrapper} interface {@code X}</td><td colspan="2">its wrapper {@code X}</td></tr>
 *   <tr><td>{@code Function<A, R>}, {@code Handler<A>} arguments</td>
 *       <td colspan="2">the same interface over the converted types</td></tr>
 *   <tr><td>{@code List}, {@code Set}, {@code Collection}, {@code Iterable}</td>
 *       <td colspan="2">copies with each element converted</td></tr>
 * </table>
 *
 * <p>Everything else passes through unchanged. Mutiny wrappers also get {@code xxxAndAwait} and
 * {@code xxxAndForget} for each {@code Uni} method.
 */
package io.pgloop.codegen;
