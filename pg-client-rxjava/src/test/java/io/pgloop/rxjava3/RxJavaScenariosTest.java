package io.pgloop.rxjava3;

import io.pgloop.scenario.ConnectionScenarios;
import io.pgloop.scenario.CopyScenarios;
import io.pgloop.scenario.PoolScenarios;
import io.pgloop.scenario.QueryScenarios;
import io.pgloop.scenario.StreamScenarios;
import io.pgloop.scenario.SubscriberScenarios;
import io.pgloop.scenario.TransactionScenarios;
import org.junit.jupiter.api.Nested;

/** The core's shared behaviour scenarios, run through the generated RxJava 3 API. */
class RxJavaScenariosTest {

  @Nested
  class Connection extends ConnectionScenarios {
    Connection() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Query extends QueryScenarios {
    Query() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Transaction extends TransactionScenarios {
    Transaction() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Stream extends StreamScenarios {
    Stream() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Pool extends PoolScenarios {
    Pool() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Copy extends CopyScenarios {
    Copy() {
      super(new RxJavaFrontEnd());
    }
  }

  @Nested
  class Subscriber extends SubscriberScenarios {
    Subscriber() {
      super(new RxJavaFrontEnd());
    }
  }
}
