package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.MonthlyAttendance;
import java.time.YearMonth;
import java.util.List;

/** Monthly attendance figures per person (SHIFT-09): late arrivals, early leaves, absences, missed tours. */
public interface ReportAttendance {

    /** One line per person rostered in the month (in the centre's zone), counting duties that ended by the clock's time. */
    List<MonthlyAttendance> month(YearMonth month);
}
