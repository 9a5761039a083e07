package io.pgloop;

import io.pgloop.scenario.ConnectionScenarios;
import io.pgloop.scenario.CopyScenarios;
import io.pgloop.scenario.CoreFrontEnd;
import io.pgloop.scenario.PoolScenarios;
import io.pgloop.scenario.QueryScenarios;
import io.pgloop.scenario.StreamScenarios;
import io.pgloop.scenario.SubscriberScenarios;
import io.pgloop.scenario.TransactionScenarios;
import org.junit.jupiter.api.Nested;

/**
 * The shared behaviour scenarios through the core API. The Mutiny and RxJava 3 modules run the same
 * scenarios through their generated APIs.
 */
class PgConnectionScenariosTest {

  @Nested
  class Connection extends ConnectionScenarios {
    Connection() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Query extends QueryScenarios {
    Query() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Transaction extends TransactionScenarios {
    Transaction() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Stream extends StreamScenarios {
    Stream() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Pool extends PoolScenarios {
    Pool() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Copy extends CopyScenarios {
    Copy() {
      super(new CoreFrontEnd());
    }
  }

  @Nested
  class Subscriber extends SubscriberScenarios {
    Subscriber() {
      super(new CoreFrontEnd());
    }
  }
}
