package io.watchfloor.adapters.jdbc;

import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.testkit.cases.CasesContract;
import org.junit.jupiter.api.Nested;

/** Cases, stored as their histories, pass the cases contract suite on H2, PostgreSQL and MariaDB. */
class JdbcCasesTest {

    abstract static class CasesOn extends CasesContract {
        abstract String database();

        @Override
        protected Cases newCases() {
            return new JdbcCases(SharedDatabases.fresh(database(), "wf_case_events", "wf_cases"));
        }

        /** Every world stores dozens of cases over the network: fewer worlds than in memory, still hundreds of queries. */
        @Override
        protected int propertyTries() {
            return database().equals("H2") ? 200 : 30;
        }
    }

    @Nested
    class CasesOnH2 extends CasesOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class CasesOnPostgreSQL extends CasesOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class CasesOnMariaDB extends CasesOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
