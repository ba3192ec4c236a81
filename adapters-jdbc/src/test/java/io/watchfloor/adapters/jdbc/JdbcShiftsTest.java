package io.watchfloor.adapters.jdbc;

import io.watchfloor.shifts.port.out.Attendances;
import io.watchfloor.shifts.port.out.CleaningRecords;
import io.watchfloor.shifts.port.out.DutyLog;
import io.watchfloor.shifts.port.out.Handovers;
import io.watchfloor.shifts.port.out.LeaveRequests;
import io.watchfloor.shifts.port.out.Rotas;
import io.watchfloor.shifts.port.out.WatchTours;
import io.watchfloor.testkit.shifts.AttendancesContract;
import io.watchfloor.testkit.shifts.CleaningRecordsContract;
import io.watchfloor.testkit.shifts.DutyLogContract;
import io.watchfloor.testkit.shifts.HandoversContract;
import io.watchfloor.testkit.shifts.LeaveRequestsContract;
import io.watchfloor.testkit.shifts.RotasContract;
import io.watchfloor.testkit.shifts.WatchToursContract;
import org.junit.jupiter.api.Nested;

/** The shifts context's stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcShiftsTest {

    abstract static class RotasOn extends RotasContract {
        abstract String database();

        @Override
        protected Rotas newRotas() {
            return new JdbcShifts.JdbcRotas(SharedDatabases.fresh(database(), "wf_rotas"));
        }
    }

    @Nested
    class RotasOnH2 extends RotasOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class RotasOnPostgreSQL extends RotasOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class RotasOnMariaDB extends RotasOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class AttendancesOn extends AttendancesContract {
        abstract String database();

        @Override
        protected Attendances newAttendances() {
            return new JdbcShifts.JdbcAttendances(SharedDatabases.fresh(database(), "wf_attendances"));
        }
    }

    @Nested
    class AttendancesOnH2 extends AttendancesOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class AttendancesOnPostgreSQL extends AttendancesOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class AttendancesOnMariaDB extends AttendancesOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class HandoversOn extends HandoversContract {
        abstract String database();

        @Override
        protected Handovers newHandovers() {
            return new JdbcShifts.JdbcHandovers(SharedDatabases.fresh(database(), "wf_handovers"));
        }
    }

    @Nested
    class HandoversOnH2 extends HandoversOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class HandoversOnPostgreSQL extends HandoversOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class HandoversOnMariaDB extends HandoversOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class LeaveOn extends LeaveRequestsContract {
        abstract String database();

        @Override
        protected LeaveRequests newLeaveRequests() {
            return new JdbcShifts.JdbcLeaveRequests(SharedDatabases.fresh(database(), "wf_leave_requests"));
        }
    }

    @Nested
    class LeaveOnH2 extends LeaveOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class LeaveOnPostgreSQL extends LeaveOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class LeaveOnMariaDB extends LeaveOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class ToursOn extends WatchToursContract {
        abstract String database();

        @Override
        protected WatchTours newWatchTours() {
            return new JdbcShifts.JdbcWatchTours(SharedDatabases.fresh(database(), "wf_watch_tours"));
        }
    }

    @Nested
    class ToursOnH2 extends ToursOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class ToursOnPostgreSQL extends ToursOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class ToursOnMariaDB extends ToursOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class CleaningOn extends CleaningRecordsContract {
        abstract String database();

        @Override
        protected CleaningRecords newCleaningRecords() {
            return new JdbcShifts.JdbcCleaningRecords(SharedDatabases.fresh(database(), "wf_cleaning_records"));
        }
    }

    @Nested
    class CleaningOnH2 extends CleaningOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class CleaningOnPostgreSQL extends CleaningOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class CleaningOnMariaDB extends CleaningOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class DutyLogOn extends DutyLogContract {
        abstract String database();

        @Override
        protected DutyLog newDutyLog() {
            return new JdbcShifts.JdbcDutyLog(SharedDatabases.fresh(database(), "wf_duty_log"));
        }
    }

    @Nested
    class DutyLogOnH2 extends DutyLogOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class DutyLogOnPostgreSQL extends DutyLogOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class DutyLogOnMariaDB extends DutyLogOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
