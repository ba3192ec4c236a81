package io.watchfloor.adapters.jdbc;

import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.testkit.cases.ErrorRecordsContract;
import io.watchfloor.testkit.cases.IncidentsContract;
import org.junit.jupiter.api.Nested;

/** The cases context's incident and error-record stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcCaseRecordsTest {

    abstract static class IncidentsOn extends IncidentsContract {
        abstract String database();

        @Override
        protected Incidents newIncidents() {
            return new JdbcCaseRecords.JdbcIncidents(SharedDatabases.fresh(database(), "wf_incidents"));
        }
    }

    @Nested
    class IncidentsOnH2 extends IncidentsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class IncidentsOnPostgreSQL extends IncidentsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class IncidentsOnMariaDB extends IncidentsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class ErrorRecordsOn extends ErrorRecordsContract {
        abstract String database();

        @Override
        protected ErrorRecords newErrorRecords() {
            return new JdbcCaseRecords.JdbcErrorRecords(SharedDatabases.fresh(database(), "wf_error_records"));
        }
    }

    @Nested
    class ErrorRecordsOnH2 extends ErrorRecordsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class ErrorRecordsOnPostgreSQL extends ErrorRecordsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class ErrorRecordsOnMariaDB extends ErrorRecordsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
