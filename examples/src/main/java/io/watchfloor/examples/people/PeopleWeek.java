package io.watchfloor.examples.people;

import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.Certification;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.EscalationChain;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RecordCertification;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.WorkingCalendar.Hours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of the example centre and the working calendars of its departments: the centre works
 * around the clock; the Roads Bureau works office hours and takes Wednesday off for a district
 * holiday; one operator's certificate runs out on Thursday afternoon.
 */
public final class PeopleWeek implements WeekPart {

    /** Office hours of the responsible departments. */
    public static final Hours MORNING = Hours.of("08:30", "12:00");
    public static final Hours AFTERNOON = Hours.of("13:30", "17:30");
    /** The district holiday the Roads Bureau takes. */
    public static final LocalDate DISTRICT_HOLIDAY = LocalDate.of(2026, 11, 25);
    /** When the one expiring operator certificate runs out. */
    public static final Instant EXPIRING_AT = DemoWeek.START.plus(Duration.ofDays(3)).plus(Duration.ofHours(16));

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm").withZone(Centre.ZONE);

    @Override
    public void setUp(Centre centre) {
        var departments = centre.peopleModule().registerDepartment();
        Department centreDept = departments.register(new RegisterDepartment.Command("Monitoring Centre", DepartmentKind.CENTRE,
                WorkingCalendar.twentyFourSeven(Centre.ZONE)));
        WorkingCalendar office = WorkingCalendar.in(Centre.ZONE).weekdays(MORNING).weekdays(AFTERNOON).build();
        departments.register(new RegisterDepartment.Command("Roads Bureau", DepartmentKind.RESPONSIBLE,
                WorkingCalendar.in(Centre.ZONE).weekdays(MORNING).weekdays(AFTERNOON).holiday(DISTRICT_HOLIDAY).build()));
        departments.register(new RegisterDepartment.Command("Sanitation Department", DepartmentKind.RESPONSIBLE, office));
        departments.register(new RegisterDepartment.Command("District Supervision Office", DepartmentKind.SUPERVISION, office));

        Instant start = DemoWeek.START;
        Instant nextYear = start.plus(Duration.ofDays(365));
        person(centre, "Sun Jianguo", Set.of(Role.CENTRE_HEAD), centreDept, List.of());
        for (String name : List.of("Zhou Min", "Zhao Lei", "Qian Hui", "Wu Gang")) {
            person(centre, name, Set.of(Role.SHIFT_LEADER, Role.OPERATOR), centreDept,
                    List.of(Role.SHIFT_LEADER, Role.OPERATOR).stream().map(r -> cert(r, name, start, nextYear)).toList());
        }
        List<String> operators = List.of("Li Na", "Wang Fang", "Chen Jie", "Liu Yang", "Yang Xue", "Huang Lin", "Xu Tao", "He Jing");
        for (String name : operators) {
            Instant until = name.equals("Chen Jie") ? EXPIRING_AT : nextYear;
            person(centre, name, Set.of(Role.OPERATOR), centreDept, List.of(cert(Role.OPERATOR, name, start.minus(Duration.ofDays(300)), until)));
        }
        person(centre, "Gao Yan", Set.of(Role.ACCEPTOR, Role.DISPATCHER), centreDept,
                List.of(cert(Role.ACCEPTOR, "Gao Yan", start, nextYear), cert(Role.DISPATCHER, "Gao Yan", start, nextYear)));
        person(centre, "Ma Chao", Set.of(Role.FIELD_SUPERVISOR), centreDept, List.of());
        person(centre, "Luo Bin", Set.of(Role.FIELD_SUPERVISOR), centreDept, List.of());
        person(centre, "Zheng Kai", Set.of(Role.TECHNICIAN), centreDept, List.of());
    }

    private static Certification cert(Role post, String name, Instant from, Instant until) {
        return new Certification(post, post.name().substring(0, 2) + "-" + Math.abs(name.hashCode() % 10_000), from, until);
    }

    private static void person(Centre centre, String name, Set<Role> roles, Department department, List<Certification> certifications) {
        Person person = centre.peopleModule().registerPerson().register(new RegisterPerson.Command(name, roles, department.id()));
        for (Certification c : certifications) {
            centre.peopleModule().recordCertification().record(
                    new RecordCertification.Command(person.id(), c.post(), c.number(), c.validFrom(), c.validUntil()));
        }
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "People and calendars";
        List<Person> everyone = centre.people().list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        Map<Role, Integer> byRole = new EnumMap<>(Role.class);
        everyone.forEach(p -> p.roles().forEach(r -> byRole.merge(r, 1, Integer::sum)));
        report.figure("people.staff", everyone.size());
        report.line(section, everyone.size() + " people on the staff records");
        byRole.forEach((role, n) -> {
            report.figure("people.role." + role.name().toLowerCase(), n);
            report.line(section, "  " + role.title() + " (" + role.chinese() + "): " + n);
        });

        Instant weekStart = DemoWeek.START;
        Instant weekEnd = weekStart.plus(DemoWeek.LENGTH);
        List<String> expiring = new ArrayList<>();
        for (Person p : everyone) {
            for (Certification c : p.certifications()) {
                if (!c.validUntil().isBefore(weekStart) && c.validUntil().isBefore(weekEnd)) {
                    expiring.add(p.name() + "'s " + c.post().title() + " certificate " + c.number() + " expired " + WHEN.format(c.validUntil())
                            + ": not to be rostered as " + c.post().title() + " after that (PEOPLE-02)");
                }
            }
        }
        report.figure("people.certificates.expiredThisWeek", expiring.size());
        expiring.forEach(line -> report.line(section, line));

        for (Department d : centre.departments().all()) {
            Duration working = d.calendar().between(weekStart, weekEnd);
            report.figure("people.workingHours." + d.name(), working.toMinutes() / 60.0);
            report.line(section, d.name() + ": " + (working.toMinutes() / 60.0) + " h of working time this week"
                    + (d.calendar().isAlwaysOpen() ? " (around the clock)" : ""));
        }

        EscalationChain chain = centre.peopleModule().findEscalationTarget().at(centre.clock().instant());
        String target = chain.first().map(id -> centre.people().get(id).name()).orElse("nobody");
        report.line(section, "Escalations now go to " + target + (chain.shiftLeader().isEmpty() ? " (no rota yet: centre head)" : ""));
        report.figure("people.escalationTargets", chain.inOrder().size());
    }
}
