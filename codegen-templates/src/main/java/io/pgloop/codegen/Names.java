package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;

/**
 * The classes that generated code refers to, by name only: the processor must run without Vert.x,
 * Mutiny or RxJava on its own classpath.
 */
final class Names {

  static final String GEN_WRAPPER = "io.pgloop.codegen.GenWrapper";
  static final String GEN_IGNORE = "io.pgloop.codegen.GenIgnore";
  static final String GEN_NULLABLE = "io.pgloop.codegen.GenNullable";
  static final String GEN_MODULE = "io.pgloop.codegen.GenModule";

  static final ClassName FUTURE = ClassName.get("io.vertx.core", "Future");
  static final ClassName VERTX = ClassName.get("io.vertx.core", "Vertx");
  static final ClassName HANDLER = ClassName.get("io.vertx.core", "Handler");
  static final ClassName READ_STREAM = ClassName.get("io.vertx.core.streams", "ReadStream");

  static final ClassName UNI = ClassName.get("io.smallrye.mutiny", "Uni");
  static final ClassName MULTI = ClassName.get("io.smallrye.mutiny", "Multi");

  static final ClassName SINGLE = ClassName.get("io.reactivex.rxjava3.core", "Single");
  static final ClassName MAYBE = ClassName.get("io.reactivex.rxjava3.core", "Maybe");
  static final ClassName COMPLETABLE = ClassName.get("io.reactivex.rxjava3.core", "Completable");
  static final ClassName FLOWABLE = ClassName.get("io.reactivex.rxjava3.core", "Flowable");

  static final ClassName RS_PUBLISHER = ClassName.get("org.reactivestreams", "Publisher");
  static final ClassName RS_SUBSCRIBER = ClassName.get("org.reactivestreams", "Subscriber");
  static final ClassName RS_SUBSCRIPTION = ClassName.get("org.reactivestreams", "Subscription");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The helper classes generated once into each target package. */
  static final String ADAPTERS = "Adapters";

  static final String READ_STREAM_PUBLISHER = "ReadStreamPublisher";

  private Names() {}
}
