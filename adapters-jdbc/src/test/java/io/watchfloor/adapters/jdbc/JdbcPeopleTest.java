package io.watchfloor.adapters.jdbc;

import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.People;
import io.watchfloor.testkit.people.DepartmentsContract;
import io.watchfloor.testkit.people.PeopleContract;
import org.junit.jupiter.api.Nested;

/** The people context's stores pass their contract suites on H2, PostgreSQL and MariaDB. */
class JdbcPeopleTest {

    @Nested
    class PeopleOnH2 extends PeopleContract {
        @Override
        protected People newPeople() {
            return new JdbcPeople(SharedDatabases.fresh("H2", "wf_people"));
        }
    }

    @Nested
    class PeopleOnPostgreSQL extends PeopleContract {
        @Override
        protected People newPeople() {
            return new JdbcPeople(SharedDatabases.fresh("PostgreSQL", "wf_people"));
        }
    }

    @Nested
    class PeopleOnMariaDB extends PeopleContract {
        @Override
        protected People newPeople() {
            return new JdbcPeople(SharedDatabases.fresh("MariaDB", "wf_people"));
        }
    }

    @Nested
    class DepartmentsOnH2 extends DepartmentsContract {
        @Override
        protected Departments newDepartments() {
            return new JdbcDepartments(SharedDatabases.fresh("H2", "wf_departments"));
        }
    }

    @Nested
    class DepartmentsOnPostgreSQL extends DepartmentsContract {
        @Override
        protected Departments newDepartments() {
            return new JdbcDepartments(SharedDatabases.fresh("PostgreSQL", "wf_departments"));
        }
    }

    @Nested
    class DepartmentsOnMariaDB extends DepartmentsContract {
        @Override
        protected Departments newDepartments() {
            return new JdbcDepartments(SharedDatabases.fresh("MariaDB", "wf_departments"));
        }
    }
}
