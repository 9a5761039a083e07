package io.pgloop.codegen;

import static io.pgloop.codegen.CompiledClasses.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the generated Mutiny wrappers of the fixture API over a fake core. */
class MutinyWrapperTest {

  private FakeGreeter fake;
  private Object greeter;

  @BeforeEach
  void wrapFake() {
    Compilation compilation = Fixtures.compileApi("mutiny");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    CompiledClasses classes = new CompiledClasses(compilation);
    fake = FakeGreeter.create(classes);
    greeter = call(classes.load("example.mutiny.Greeter"), "newInstance", fake.proxy);
  }

  @Test
  void andAwaitReturnsTheFuturesResult() {
    assertThat(call(greeter, "greetAndAwait", "x")).isEqualTo("hello x");
    assertThat(call(greeter, "greetAndAwait", "x", 2)).isEqualTo("hello x");
  }

  @Test
  void uniCallsTheCoreOnEachSubscriptionOnly() {
    Uni<?> uni = (Uni<?>) call(greeter, "greet", "x");
    assertThat(fake.greetings).isZero();

    uni.await().indefinitely();
    uni.await().indefinitely();

    assertThat(fake.greetings).isEqualTo(2);
  }

  @Test
  void andForgetSubscribes() {
    call(greeter, "greetAndForget", "x");

    assertThat(fake.greetings).isEqualTo(1);
  }

  @Test
  void nullResultIsANullItem() {
    assertThat(call(greeter, "bestFriendAndAwait")).isNull();
    assertThat(call(greeter, "closeAndAwait")).isNull();
  }

  @Test
  void functionArgumentSeesTheWrapperAndReturnsAUni() {
    Function<Object, Uni<?>> fn =
        wrapper -> (Uni<?>) call(wrapper, "greet", wrapper.getClass().getName());

    assertThat(call(greeter, "withGreeterAndAwait", fn)).isEqualTo("hello example.mutiny.Greeter");
  }

  @Test
  void fluentMethodReturnsTheSameWrapper() {
    assertThat(call(greeter, "setName", "n")).isSameAs(greeter);
  }

  @Test
  void aHandlerArgumentIsAConsumerThatSeesTheWrapper() {
    List<Object> seen = new ArrayList<>();
    Consumer<Object> handler = seen::add;

    call(greeter, "greetingHandler", handler);
    fake.greetingHandler.handle(fake.proxy);

    assertThat(seen).containsExactly(greeter);
  }

  @Test
  void nullHandlerStaysNull() {
    call(greeter, "greetingHandler", (Object) null);

    assertThat(fake.greetingHandler).isNull();
  }

  @Test
  void listOfWrappedTypesIsAListOfWrappers() {
    List<?> friends = (List<?>) call(greeter, "friends");

    assertThat(friends).hasSize(2).allSatisfy(f -> assertThat(f).isEqualTo(greeter));
  }

  @Test
  void staticMethodWrapsArgumentAndResult() {
    Object connected = call(greeter.getClass(), "connectAndAwait", greeter);

    assertThat(connected).isEqualTo(greeter);
    assertThat(call(connected, "getDelegate")).isSameAs(fake.proxy);
  }

  @Test
  void multiFetchesExactlyWhatIsRequested() {
    @SuppressWarnings("unchecked")
    Multi<String> names = (Multi<String>) call(greeter, "names");
    AssertSubscriber<String> subscriber =
        names.subscribe().withSubscriber(AssertSubscriber.create(0));
    assertThat(fake.names.emitted).isZero();

    subscriber.request(1);
    subscriber.assertItems("ada");
    assertThat(fake.names.emitted).isEqualTo(1);

    subscriber.request(5);
    subscriber.assertItems("ada", "grace", "barbara").assertCompleted();
  }

  @Test
  void cancellingPausesTheStreamAndDropsItsHandler() {
    @SuppressWarnings("unchecked")
    Multi<String> names = (Multi<String>) call(greeter, "names");
    AssertSubscriber<String> subscriber =
        names.subscribe().withSubscriber(AssertSubscriber.create(1));
    subscriber.assertItems("ada");

    subscriber.cancel();

    assertThat(fake.names.hasHandler()).isFalse();
    assertThat(fake.names.demand()).isZero();
    assertThat(fake.names.emitted).isEqualTo(1);
  }

  @Test
  void interfaceThatIsAStreamHasAMultiView() {
    Object lines = call(greeter, "lines");
    @SuppressWarnings("unchecked")
    Multi<String> multi = (Multi<String>) call(lines, "toMulti");
    AssertSubscriber<String> subscriber =
        multi.subscribe().withSubscriber(AssertSubscriber.create(1));

    subscriber.assertItems("one");
    assertThat(call(lines, "count")).isEqualTo(1L);
  }
}
