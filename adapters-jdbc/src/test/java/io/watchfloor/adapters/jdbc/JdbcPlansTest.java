package io.watchfloor.adapters.jdbc;

import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.testkit.plans.ContingencyPlansContract;
import org.junit.jupiter.api.Nested;

/** The plans context's stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcPlansTest {

    abstract static class PlansOn extends ContingencyPlansContract {
        abstract String database();

        @Override
        protected ContingencyPlans newPlans() {
            return new JdbcPlans.Plans(SharedDatabases.fresh(database(), "wf_contingency_plans"));
        }
    }

    @Nested
    class PlansOnH2 extends PlansOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class PlansOnPostgreSQL extends PlansOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class PlansOnMariaDB extends PlansOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
