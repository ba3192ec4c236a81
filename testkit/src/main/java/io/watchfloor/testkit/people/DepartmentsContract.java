package io.watchfloor.testkit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Departments} adapter must do; supply a fresh, empty store per test. */
public abstract class DepartmentsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Departments newDepartments();

    private static final WorkingCalendar OFFICE = WorkingCalendar.in(ZoneId.of("Asia/Shanghai"))
            .weekdays(WorkingCalendar.Hours.of("08:30", "17:30"))
            .holiday(LocalDate.of(2026, 10, 1))
            .workday(LocalDate.of(2026, 10, 10), WorkingCalendar.Hours.of("08:30", "17:30"))
            .build();

    @Test
    @DisplayName("a department is stored with its working calendar, holidays and make-up days intact")
    void storesWithCalendar() {
        Departments departments = newDepartments();
        Department roads = Department.newDepartment("Roads Bureau", DepartmentKind.RESPONSIBLE, OFFICE);

        Department stored = departments.save(roads);

        assertEquals(new Version(1), stored.version());
        assertEquals(OFFICE, departments.get(roads.id()).calendar());
    }

    @Test
    @DisplayName("departments are listed by name; unknown ids are not found; stale saves are refused")
    void listsAndGuards() {
        Departments departments = newDepartments();
        Department b = departments.save(Department.newDepartment("Water", DepartmentKind.RESPONSIBLE, OFFICE));
        departments.save(Department.newDepartment("Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(ZoneId.of("UTC"))));

        assertEquals(List.of("Centre", "Water"), departments.all().stream().map(Department::name).toList());
        assertThrows(NotFound.class, () -> departments.get(DepartmentId.newId()));
        assertThrows(ConcurrentModification.class, () -> departments.save(b.withVersion(Version.NEW)));
    }
}
