package io.pgloop.codegen;

import com.squareup.javapoet.ClassName;
import java.util.Locale;
import java.util.concurrent.Flow;

/** The reactive library a run of the processor writes wrappers for. */
enum Flavor {
  MUTINY(
      "mutiny",
      "toMulti",
      ClassName.get(Flow.Publisher.class),
      ClassName.get(Flow.Subscriber.class),
      ClassName.get(Flow.Subscription.class)) {
    @Override
    TypeMapper mapper(WrappedTypes wrapped, ClassName adapters) {
      return new MutinyTypeMapper(wrapped, adapters);
    }
  },
  RXJAVA3("rxjava3", "toFlowable", Names.RS_PUBLISHER, Names.RS_SUBSCRIBER, Names.RS_SUBSCRIPTION) {
    @Override
    TypeMapper mapper(WrappedTypes wrapped, ClassName adapters) {
      return new RxJavaTypeMapper(wrapped, adapters);
    }
  };

  /** The option's value, and the package suffix when no package mapping is configured. */
  final String id;

  /** The name of the method that shows a wrapped {@code ReadStream} as the flavor's stream. */
  final String streamView;

  /**
   * The Reactive Streams interfaces the stream adapter implements: Mutiny 2 and later speak {@code
   * java.util.concurrent.Flow}, RxJava 3 speaks {@code org.reactivestreams}. Both have the same
   * methods, so one template serves both.
   */
  final ClassName publisher;

  final ClassName subscriber;
  final ClassName subscription;

  Flavor(
      String id,
      String streamView,
      ClassName publisher,
      ClassName subscriber,
      ClassName subscription) {
    this.id = id;
    this.streamView = streamView;
    this.publisher = publisher;
    this.subscriber = subscriber;
    this.subscription = subscription;
  }

  abstract TypeMapper mapper(WrappedTypes wrapped, ClassName adapters);

  /**
   * The flavor named by the option's value.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  static Flavor parse(String value) {
    for (Flavor flavor : values()) {
      if (flavor.id.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return flavor;
      }
    }
    throw new IllegalArgumentException(
        WrapperProcessor.OPTION_FLAVOR + "=" + value + " is not one of mutiny, rxjava3");
  }
}
