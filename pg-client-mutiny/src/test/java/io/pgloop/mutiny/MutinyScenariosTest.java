package io.pgloop.mutiny;

import io.pgloop.scenario.ConnectionScenarios;
import io.pgloop.scenario.CopyScenarios;
import io.pgloop.scenario.PoolScenarios;
import io.pgloop.scenario.QueryScenarios;
import io.pgloop.scenario.StreamScenarios;
import io.pgloop.scenario.SubscriberScenarios;
import io.pgloop.scenario.TransactionScenarios;
import org.junit.jupiter.api.Nested;

/** The core's shared behaviour scenarios, run through the generated Mutiny API. */
class MutinyScenariosTest {

  @Nested
  class Connection extends ConnectionScenarios {
    Connection() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Query extends QueryScenarios {
    Query() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Transaction extends TransactionScenarios {
    Transaction() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Stream extends StreamScenarios {
    Stream() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Pool extends PoolScenarios {
    Pool() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Copy extends CopyScenarios {
    Copy() {
      super(new MutinyFrontEnd());
    }
  }

  @Nested
  class Subscriber extends SubscriberScenarios {
    Subscriber() {
      super(new MutinyFrontEnd());
    }
  }
}
