package io.pgloop.codegen;

import static io.pgloop.codegen.CompiledClasses.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the generated RxJava 3 wrappers of the fixture API over a fake core. */
class RxJavaWrapperTest {

  private FakeGreeter fake;
  private Object greeter;

  @BeforeEach
  void wrapFake() {
    Compilation compilation = Fixtures.compileApi("rxjava3");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    CompiledClasses classes = new CompiledClasses(compilation);
    fake = FakeGreeter.create(classes);
    greeter = call(classes.load("example.rxjava3.Greeter"), "newInstance", fake.proxy);
  }

  @Test
  void singleCallsTheCoreOnEachSubscriptionOnly() {
    Single<?> single = (Single<?>) call(greeter, "greet", "x");
    assertThat(fake.greetings).isZero();

    assertThat(single.blockingGet()).isEqualTo("hello x");
    single.blockingGet();

    assertThat(fake.greetings).isEqualTo(2);
  }

  @Test
  void singleFailsOnANullResult() {
    fake.nullGreetings = true;

    ((Single<?>) call(greeter, "greet", "x")).test().assertError(NullPointerException.class);
  }

  @Test
  void nullableMethodGivesAMaybeThatCompletesEmptyOnNull() {
    ((Maybe<?>) call(greeter, "bestFriend")).test().assertComplete().assertNoValues();
  }

  @Test
  void voidFutureIsACompletable() {
    ((Completable) call(greeter, "close")).test().assertComplete();
  }

  @Test
  void functionArgumentSeesTheWrapperAndReturnsASingle() {
    Function<Object, Single<?>> fn =
        wrapper -> (Single<?>) call(wrapper, "greet", wrapper.getClass().getName());

    Single<?> result = (Single<?>) call(greeter, "withGreeter", fn);

    assertThat(result.blockingGet()).isEqualTo("hello example.rxjava3.Greeter");
  }

  @Test
  void flowableFetchesExactlyWhatIsRequested() {
    @SuppressWarnings("unchecked")
    Flowable<String> names = (Flowable<String>) call(greeter, "names");
    TestSubscriber<String> subscriber = names.test(0);
    assertThat(fake.names.emitted).isZero();

    subscriber.requestMore(1);
    subscriber.assertValues("ada");
    assertThat(fake.names.emitted).isEqualTo(1);

    subscriber.requestMore(5);
    subscriber.assertValues("ada", "grace", "barbara").assertComplete();
  }

  @Test
  void secondSubscriberOfAStreamFails() {
    @SuppressWarnings("unchecked")
    Flowable<String> names = (Flowable<String>) call(greeter, "names");
    names.test(0);

    names.test(0).assertError(IllegalStateException.class);
  }

  @Test
  void cancellingPausesTheStreamAndDropsItsHandler() {
    @SuppressWarnings("unchecked")
    Flowable<String> names = (Flowable<String>) call(greeter, "names");
    TestSubscriber<String> subscriber = names.test(1);

    subscriber.cancel();

    assertThat(fake.names.hasHandler()).isFalse();
    assertThat(fake.names.demand()).isZero();
    assertThat(fake.names.emitted).isEqualTo(1);
  }

  @Test
  void interfaceThatIsAStreamHasAFlowableView() {
    Object lines = call(greeter, "lines");
    @SuppressWarnings("unchecked")
    Flowable<String> flowable = (Flowable<String>) call(lines, "toFlowable");

    flowable.test(2).assertValues("one", "two").assertComplete();
  }
}
