package io.watchfloor.adapters.jdbc;

import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.testkit.devices.ChangeRequestsContract;
import io.watchfloor.testkit.devices.DeviceRecordsContract;
import io.watchfloor.testkit.devices.DevicesContract;
import io.watchfloor.testkit.devices.RepairOrdersContract;
import org.junit.jupiter.api.Nested;

/** The devices context's stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcDevicesTest {

    abstract static class ArchiveOn extends DevicesContract {
        abstract String database();

        @Override
        protected Devices newDevices() {
            return new JdbcDevices(SharedDatabases.fresh(database(), "wf_devices"));
        }
    }

    @Nested
    class ArchiveOnH2 extends ArchiveOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class ArchiveOnPostgreSQL extends ArchiveOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class ArchiveOnMariaDB extends ArchiveOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class RecordsOn extends DeviceRecordsContract {
        abstract String database();

        private JdbcTransactions fresh() {
            return SharedDatabases.fresh(database(), "wf_inspection_schedules", "wf_inspections", "wf_fault_reports",
                    "wf_change_violations", "wf_device_health", "wf_service_records");
        }

        @Override
        protected InspectionSchedules newSchedules() {
            return new JdbcDeviceRecords.Schedules(fresh());
        }

        @Override
        protected Inspections newInspections() {
            return new JdbcDeviceRecords.InspectionLog(fresh());
        }

        @Override
        protected FaultReports newFaultReports() {
            return new JdbcDeviceRecords.Faults(fresh());
        }

        @Override
        protected ChangeViolations newChangeViolations() {
            return new JdbcDeviceRecords.Violations(fresh());
        }

        @Override
        protected HealthRecords newHealthRecords() {
            return new JdbcDeviceRecords.Health(fresh());
        }

        @Override
        protected ServiceRecords newServiceRecords() {
            return new JdbcDeviceRecords.Servicing(fresh());
        }
    }

    @Nested
    class RecordsOnH2 extends RecordsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class RecordsOnPostgreSQL extends RecordsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class RecordsOnMariaDB extends RecordsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class RepairsOn extends RepairOrdersContract {
        abstract String database();

        @Override
        protected RepairOrders newRepairOrders() {
            return new JdbcDeviceRecords.Repairs(SharedDatabases.fresh(database(), "wf_repair_orders"));
        }
    }

    @Nested
    class RepairsOnH2 extends RepairsOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class RepairsOnPostgreSQL extends RepairsOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class RepairsOnMariaDB extends RepairsOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }

    abstract static class ChangesOn extends ChangeRequestsContract {
        abstract String database();

        @Override
        protected ChangeRequests newChangeRequests() {
            return new JdbcDeviceRecords.Changes(SharedDatabases.fresh(database(), "wf_change_requests"));
        }
    }

    @Nested
    class ChangesOnH2 extends ChangesOn {
        @Override
        String database() {
            return "H2";
        }
    }

    @Nested
    class ChangesOnPostgreSQL extends ChangesOn {
        @Override
        String database() {
            return "PostgreSQL";
        }
    }

    @Nested
    class ChangesOnMariaDB extends ChangesOn {
        @Override
        String database() {
            return "MariaDB";
        }
    }
}
