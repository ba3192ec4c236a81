package io.watchfloor.adapters.jdbc;

import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.testkit.access.AccessLogContract;
import io.watchfloor.testkit.access.AccessRequestsContract;
import io.watchfloor.testkit.access.ExportsContract;
import io.watchfloor.testkit.access.GrantsContract;
import io.watchfloor.testkit.access.SignedCheckpointsContract;
import io.watchfloor.testkit.access.VisitsContract;
import org.junit.jupiter.api.Nested;

/** The access context's stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcAccessTest {

    abstract static class RequestsOn extends AccessRequestsContract {
        abstract String database();

        @Override
        protected AccessRequests newAccessRequests() {
            return new JdbcAccess.JdbcAccessRequests(SharedDatabases.fresh(database(), "wf_access_requests"));
        }
    }

    @Nested
    class RequestsOnH2 extends RequestsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class RequestsOnPostgreSQL extends RequestsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class RequestsOnMariaDB extends RequestsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class GrantsOn extends GrantsContract {
        abstract String database();

        @Override
        protected Grants newGrants() {
            return new JdbcAccess.JdbcGrants(SharedDatabases.fresh(database(), "wf_grants"));
        }
    }

    @Nested
    class GrantsOnH2 extends GrantsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class GrantsOnPostgreSQL extends GrantsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class GrantsOnMariaDB extends GrantsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class LogOn extends AccessLogContract {
        abstract String database();

        @Override
        protected AccessLog newAccessLog() {
            return new JdbcAccess.JdbcAccessLog(SharedDatabases.fresh(database(), "wf_access_log"));
        }
    }

    @Nested
    class LogOnH2 extends LogOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class LogOnPostgreSQL extends LogOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class LogOnMariaDB extends LogOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class ExportsOn extends ExportsContract {
        abstract String database();

        @Override
        protected Exports newExports() {
            return new JdbcAccess.JdbcExports(SharedDatabases.fresh(database(), "wf_exports"));
        }
    }

    @Nested
    class ExportsOnH2 extends ExportsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class ExportsOnPostgreSQL extends ExportsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class ExportsOnMariaDB extends ExportsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class VisitsOn extends VisitsContract {
        abstract String database();

        @Override
        protected Visits newVisits() {
            return new JdbcAccess.JdbcVisits(SharedDatabases.fresh(database(), "wf_visits"));
        }
    }

    @Nested
    class VisitsOnH2 extends VisitsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class VisitsOnPostgreSQL extends VisitsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class VisitsOnMariaDB extends VisitsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class CheckpointsOn extends SignedCheckpointsContract {
        abstract String database();

        @Override
        protected SignedCheckpoints newSignedCheckpoints() {
            return new JdbcAccess.JdbcSignedCheckpoints(SharedDatabases.fresh(database(), "wf_signed_checkpoints"));
        }
    }

    @Nested
    class CheckpointsOnH2 extends CheckpointsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class CheckpointsOnPostgreSQL extends CheckpointsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class CheckpointsOnMariaDB extends CheckpointsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
