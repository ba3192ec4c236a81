package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.DecideLeave;
import io.watchfloor.shifts.port.in.RequestLeave;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SwapShifts;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import io.watchfloor.shifts.port.in.WriteHandover;
import io.watchfloor.testkit.property.Command;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.property.Stateful;
import io.watchfloor.testkit.shifts.RotaLaws;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Stateful properties: random sequences of valid and invalid commands")
class ShiftsStatefulProperties {

    /** The centre under test, with its published week. */
    static final class Centre {
        final DutyFixtures week;
        final ShiftsFixtures c;
        final List<Person> team = new ArrayList<>();
        /** Every check-out that left its post with fewer people checked in than its minimum: must stay empty. */
        final List<String> shortLeaves = new ArrayList<>();
        boolean refusedWhileOthersOnThePost;
        boolean leftWhileAColleagueWasKeptOn;
        boolean refusedThoughAnIncomingWasOn;

        Centre() {
            this(RotaPolicy.defaults(ShiftsFixtures.SHANGHAI));
        }

        Centre(RotaPolicy policy) {
            week = new DutyFixtures(policy);
            c = week.centre;
            team.addAll(c.leaders);
            team.addAll(c.operators);
        }

        /** Who is checked in on {@code post} now. */
        List<Attendance> checkedInOn(Role post) {
            Instant now = c.clock.instant();
            return c.stores.attendances().open().stream().filter(a -> a.post() == post && !a.checkedIn().isAfter(now)).toList();
        }

        /** Checks out {@code person}, noting whether the post kept its minimum, or why the check-out was refused. */
        void checkOut(PersonId person) {
            Optional<Attendance> open = c.stores.attendances().open().stream().filter(a -> a.person().equals(person)).findFirst();
            try {
                Attendance out = c.shifts.checkOut().checkOut(new CheckOut.Command(person));
                int required = c.policy.minimumStaffing().get(out.post());
                List<Attendance> left = checkedInOn(out.post());
                if (left.size() < required) {
                    shortLeaves.add(c.named(person).name() + " left the " + out.post().title() + " post at " + c.clock.instant()
                            + " with " + left.size() + " of " + required + " checked in");
                }
                leftWhileAColleagueWasKeptOn |= left.stream().anyMatch(Attendance::wasExtended);
            } catch (RuleViolation refused) {
                refusedWhileOthersOnThePost |= open.isPresent() && checkedInOn(open.get().post()).size() > 1;
                // the case that broke: one relief came and signed, the other never came, and the unrelieved one tried to leave
                refusedThoughAnIncomingWasOn |= open.isPresent() && refused.ruleId().equals("SHIFT-04") && checkedInOn(open.get().post()).stream()
                        .anyMatch(o -> !o.person().equals(person) && o.duty().start().equals(open.get().duty().end()));
                throw refused;
            }
        }

        Rota rota() {
            return c.stores.rotas().get(week.rota.id());
        }

        Person person(int i) {
            return team.get(Math.floorMod(i, team.size()));
        }

        /** Everything a refused command must leave as it was. */
        List<Object> snapshot() {
            TimeRange all = new TimeRange(MONDAY.minusDays(7).atStartOfDay(c.policy.zone()).toInstant(),
                    MONDAY.plusDays(14).atStartOfDay(c.policy.zone()).toInstant());
            List<Object> state = new ArrayList<>();
            state.add(rota());
            team.forEach(p -> state.add(c.stores.leave().of(p.id())));
            state.add(c.stores.attendances().during(all));
            state.add(c.stores.handovers().between(all.start(), all.end()));
            state.add(c.stores.log().size());
            state.add(c.events.all().size());
            return state;
        }
    }

    /** Runs {@code action}; a refusal (rule, bad input, unknown id) must change nothing and publish nothing. */
    private static int refusedChangesNothing(int model, Centre system, Runnable action) {
        List<Object> before = system.snapshot();
        try {
            action.run();
            return model + 1;
        } catch (RuleViolation | InvalidCommand | NotFound refused) {
            assertEquals(before, system.snapshot(), "a refused command changed something: " + refused.getMessage());
            return model;
        }
    }

    private static Gen<Command<Integer, Centre>> rotaEdits() {
        return source -> {
            int kind = source.draw(Gens.integers(0, 7));
            int i = source.draw(Gens.integers(0, 50));
            int j = source.draw(Gens.integers(0, 50));
            boolean flag = source.draw(Gens.booleans());
            return switch (kind) {
                case 0 -> Command.of("assign person " + i + " to shift " + j, (m, s) -> refusedChangesNothing(m, s, () -> {
                    Shift shift = s.rota().shifts().get(Math.floorMod(j, s.rota().shifts().size()));
                    s.c.shifts.assignShift().assign(new AssignShift.Command(flag ? s.c.head.id() : s.person(i + 1).id(), s.rota().id(),
                            s.person(i).id(), flag ? Role.OPERATOR : Role.SHIFT_LEADER, shift.duty().start(), shift.duty().end()));
                }));
                case 1 -> Command.of("unassign duty " + j, (m, s) -> refusedChangesNothing(m, s, () -> {
                    Assignment a = s.rota().assignments().get(Math.floorMod(j, s.rota().assignments().size()));
                    s.c.shifts.assignShift().unassign(new AssignShift.Removal(s.c.head.id(), s.rota().id(), a.person(), a.post(), a.duty().start()));
                }));
                case 2 -> Command.of("substitute person " + i + " on duty " + j + (flag ? " for all of it" : " for its middle"), (m, s) -> refusedChangesNothing(m, s, () -> {
                    Assignment a = s.rota().assignments().get(Math.floorMod(j, s.rota().assignments().size()));
                    Duration quarter = a.duty().length().dividedBy(4);
                    TimeRange part = flag ? a.duty() : new TimeRange(a.duty().start().plus(quarter), a.duty().end().minus(quarter));
                    s.c.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(s.c.leaders.get(0).id(), s.rota().id(), a.person(), a.post(),
                            part.start(), part.end(), s.person(i).id(), "absence"));
                }));
                case 3 -> Command.of("swap duties " + i + " and " + j, (m, s) -> refusedChangesNothing(m, s, () -> {
                    List<Assignment> all = s.rota().assignments();
                    Assignment a = all.get(Math.floorMod(i, all.size()));
                    Assignment b = all.get(Math.floorMod(j, all.size()));
                    s.c.shifts.swapShifts().swap(new SwapShifts.Command(s.c.leaders.get(1).id(), s.rota().id(), a.person(), a.post(), a.duty().start(),
                            b.person(), b.post(), b.duty().start()));
                }));
                case 4 -> Command.of("person " + i + " asks for leave from day " + (j % 7), (m, s) -> refusedChangesNothing(m, s, () -> {
                    Instant from = MONDAY.plusDays(j % 7).atStartOfDay(s.c.policy.zone()).toInstant();
                    s.c.shifts.requestLeave().request(new RequestLeave.Command(s.person(i).id(), from, from.plus(Duration.ofDays(1 + j % 3)), "leave"));
                }));
                case 5 -> Command.of((flag ? "approve" : "refuse") + " leave request " + j, (m, s) -> refusedChangesNothing(m, s, () -> {
                    List<LeaveRequest> open = new ArrayList<>();
                    s.team.forEach(p -> s.c.stores.leave().of(p.id()).stream().filter(r -> r.status() == LeaveRequest.Status.REQUESTED).forEach(open::add));
                    if (!open.isEmpty()) {
                        s.c.shifts.decideLeave().decide(new DecideLeave.Command(s.c.head.id(), open.get(Math.floorMod(j, open.size())).id(), flag));
                    }
                }));
                case 6 -> Command.of("assign with the end before the start", (m, s) -> refusedChangesNothing(m, s, () -> {
                    Shift shift = s.rota().shifts().get(Math.floorMod(j, s.rota().shifts().size()));
                    s.c.shifts.assignShift().assign(new AssignShift.Command(s.c.head.id(), s.rota().id(), s.person(i).id(), Role.OPERATOR,
                            shift.duty().end(), shift.duty().start()));
                }));
                default -> Command.of("assign on an unknown rota", (m, s) -> refusedChangesNothing(m, s, () ->
                        s.c.shifts.assignShift().assign(new AssignShift.Command(s.c.head.id(), RotaId.newId(), s.person(i).id(), Role.OPERATOR,
                                s.week.eightAm, s.week.fourPm))));
            };
        };
    }

    private static boolean rotaKeepsTheLaws(Centre s) {
        Rota rota = s.rota();
        Map<PersonId, List<TimeRange>> approved = new HashMap<>();
        s.c.stores.leave().approved().forEach(r -> approved.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r.period()));
        return rota.isPublished() && RotaLaws.uncovered(rota).isEmpty() && RotaLaws.limitBreaches(rota, List.of()).isEmpty()
                && RotaLaws.onLeave(rota, approved).isEmpty();
    }

    @Test
    @Tag("SHIFT-01")
    @Tag("SHIFT-02")
    @Tag("SHIFT-05")
    @DisplayName("edits, leave, swaps and substitutes on a published rota never leave an uncovered minute, two places at once, broken limits or duty on leave; refused ones change nothing")
    void publishedRotaStaysValid() {
        Stateful.<Integer, Centre>builder()
                .initialModel(() -> 0)
                .newSystem(Centre::new)
                .commands(model -> rotaEdits())
                .invariant("the published rota keeps every law", (model, system) -> rotaKeepsTheLaws(system))
                .maxCommands(25)
                .tries(25)
                .check();
    }

    private static Gen<Command<Integer, Centre>> dutySteps() {
        return source -> {
            int kind = source.draw(Gens.integers(0, 6));
            int i = source.draw(Gens.integers(0, 50));
            int minutes = source.draw(Gens.integers(1, 90));
            boolean flag = source.draw(Gens.integers(0, 4)) > 0;
            return switch (kind) {
                case 0 -> Command.of("wait " + minutes + " min", (m, s) -> {
                    s.c.clock.advance(Duration.ofMinutes(minutes));
                    return m;
                });
                case 1 -> Command.of((minutes % 3 == 0 ? "person " + i : "rostered person " + i) + " checks in"
                        + (flag ? "" : " without declaring fitness"), (m, s) -> refusedChangesNothing(m, s, () -> {
                    // two times in three someone rostered now or within the hour, so that handovers have both sides
                    Instant now = s.c.clock.instant();
                    List<PersonId> near = new ArrayList<>();
                    s.rota().at(now).forEach(a -> near.add(a.person()));
                    s.rota().at(now.plus(Duration.ofHours(1))).forEach(a -> near.add(a.person()));
                    PersonId who = minutes % 3 == 0 || near.isEmpty() ? s.person(i).id() : near.get(Math.floorMod(i, near.size()));
                    s.c.shifts.checkIn().checkIn(new CheckIn.Command(who, flag));
                }));
                case 2 -> Command.of("handover by open attendance " + i, (m, s) -> refusedChangesNothing(m, s, () -> {
                    Instant soon = s.c.clock.instant().plus(Duration.ofHours(1));
                    List<Attendance> open = s.c.stores.attendances().open().stream()
                            .filter(o -> !flag || !o.duty().end().isAfter(soon)).toList();
                    if (open.isEmpty()) {
                        return;
                    }
                    Attendance a = open.get(Math.floorMod(i, open.size()));
                    Optional<PersonId> relief = s.rota().assignments().stream()
                            .filter(x -> x.post() == a.post() && x.duty().start().equals(a.duty().end())).map(Assignment::person).findFirst();
                    PersonId incoming = flag && relief.isPresent() ? relief.get() : s.person(i).id();
                    s.c.shifts.writeHandover().write(new WriteHandover.Command(a.person(), incoming, "all quiet", List.of(), List.of(),
                            List.of(), List.of(), List.of()));
                }));
                case 3 -> Command.of("sign handover " + i, (m, s) -> refusedChangesNothing(m, s, () -> {
                    List<Handover> unsigned = s.c.stores.handovers().between(s.week.at("00:00"), s.week.at("00:00").plus(Duration.ofDays(3)))
                            .stream().filter(h -> !h.isComplete()).toList();
                    if (!unsigned.isEmpty()) {
                        Handover h = unsigned.get(Math.floorMod(i, unsigned.size()));
                        s.c.shifts.signHandover().sign(new SignHandover.Command(h.id(), flag ? h.incoming() : s.person(i).id(), List.of()));
                    }
                }));
                case 4 -> Command.of("person " + i + " checks out", (m, s) -> refusedChangesNothing(m, s, () -> {
                    List<Attendance> open = s.c.stores.attendances().open();
                    PersonId who = flag && !open.isEmpty() ? open.get(Math.floorMod(i, open.size())).person() : s.person(i).id();
                    s.checkOut(who);
                }));
                case 5 -> Command.of("the relief of open attendance " + i + " checks in, is handed over to and signs", (m, s) -> {
                    List<Attendance> open = s.c.stores.attendances().open();
                    if (open.isEmpty()) {
                        return m;
                    }
                    Attendance a = open.get(Math.floorMod(i, open.size()));
                    Optional<PersonId> relief = s.rota().assignments().stream()
                            .filter(x -> x.post() == a.post() && x.duty().start().equals(a.duty().end())).map(Assignment::person).findFirst();
                    if (relief.isEmpty()) {
                        return m;
                    }
                    int done = refusedChangesNothing(m, s, () -> s.c.shifts.checkIn().checkIn(new CheckIn.Command(relief.get(), true)));
                    done = refusedChangesNothing(done, s, () -> s.c.shifts.writeHandover().write(new WriteHandover.Command(a.person(), relief.get(),
                            "all quiet", List.of(), List.of(), List.of(), List.of(), List.of())));
                    return refusedChangesNothing(done, s, () -> s.c.stores.handovers().at(a.duty().end()).stream()
                            .filter(h -> h.outgoing().equals(a.person()) && !h.isComplete()).findFirst()
                            .ifPresent(h -> s.c.shifts.signHandover().sign(new SignHandover.Command(h.id(), relief.get(), List.of()))));
                });
                default -> Command.of("watch for relief", (m, s) -> {
                    s.c.shifts.watchForRelief().check();
                    return m;
                });
            };
        };
    }

    private static boolean noPostLeftEmpty(Centre s) {
        TimeRange all = new TimeRange(s.week.at("00:00").minus(Duration.ofDays(1)), s.week.at("00:00").plus(Duration.ofDays(8)));
        List<Attendance> attendances = s.c.stores.attendances().during(all);
        for (Role post : s.c.policy.minimumStaffing().keySet()) {
            boolean everManned = attendances.stream().anyMatch(a -> a.post() == post);
            boolean manned = attendances.stream().anyMatch(a -> a.post() == post && a.isOpen());
            if (everManned && !manned) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Tag("SHIFT-04")
    @Tag("SHIFT-10")
    @Tag("SHIFT-03")
    @DisplayName("check-ins, handovers, signatures, check-outs and relief in any order never leave a manned post empty; refused ones change nothing")
    void handoverNeverLeavesAPostEmpty() {
        var report = Stateful.<Integer, Centre>builder()
                .initialModel(() -> 0)
                .newSystem(() -> {
                    Centre c = new Centre();
                    // late in the day shift, so that sequences reach the 16:00 boundary (from 07:30 none of 30 tries did)
                    c.c.clock.set(c.week.at("15:00"));
                    return c;
                })
                .commands(model -> dutySteps())
                .invariant("a post somebody took is never left without someone checked in on it", (model, system) -> {
                    Property.classify(!system.c.clock.instant().isBefore(system.week.fourPm), "reached the 16:00 handover");
                    Property.classify(system.c.stores.handovers().between(system.week.at("00:00"), system.week.at("00:00").plus(Duration.ofDays(3)))
                            .stream().anyMatch(Handover::isComplete), "a handover was signed");
                    return noPostLeftEmpty(system) && system.shortLeaves.isEmpty();
                })
                .maxCommands(40)
                .tries(100)
                .check();
        assertTrue(report.share("reached the 16:00 handover") >= 0.3, () -> "too few sequences reach the boundary: " + report.labels());
        assertTrue(report.share("a handover was signed") >= 0.03, () -> "too few sequences sign a handover: " + report.labels());
    }

    static RotaPolicy twoOperators() {
        return RotaPolicy.defaults(ShiftsFixtures.SHANGHAI).withMinimumStaffing(Map.of(Role.SHIFT_LEADER, 1, Role.OPERATOR, 2));
    }

    @Test
    @Tag("SHIFT-01")
    @Tag("SHIFT-04")
    @Tag("SHIFT-05")
    @DisplayName("with two operators required, check-ins, handovers, signatures, check-outs and relief in any order: nobody leaves a post below its minimum; refused ones change nothing")
    void aPostNeverDropsBelowItsMinimumWhenSomeoneLeaves() {
        var report = Stateful.<Integer, Centre>builder()
                .initialModel(() -> 0)
                .newSystem(() -> {
                    Centre c = new Centre(twoOperators());
                    c.c.clock.set(c.week.at("15:00"));
                    // both day operators are on, so that the sequences start from a fully staffed post
                    for (Assignment a : c.rota().at(c.week.at("15:00"))) {
                        c.c.shifts.checkIn().checkIn(new CheckIn.Command(a.person(), true));
                    }
                    return c;
                })
                .commands(model -> dutySteps())
                .invariant("every check-out leaves at least the minimum checked in on its post", (model, system) -> {
                    Property.classify(!system.c.clock.instant().isBefore(system.week.fourPm), "reached the 16:00 handover");
                    Property.classify(system.refusedWhileOthersOnThePost, "a check-out was refused while others were on the post");
                    Property.classify(system.leftWhileAColleagueWasKeptOn, "someone left while a colleague was kept on");
                    Property.classify(system.refusedThoughAnIncomingWasOn, "an unrelieved person was kept though an incoming person was on the post");
                    return system.shortLeaves.isEmpty() && noPostLeftEmpty(system);
                })
                .maxCommands(40)
                .tries(150)
                .check();
        assertTrue(report.share("reached the 16:00 handover") >= 0.3, () -> "too few sequences reach the boundary: " + report.labels());
        assertTrue(report.share("a check-out was refused while others were on the post") >= 0.1, () -> "too few refusals with company: " + report.labels());
        assertTrue(report.share("an unrelieved person was kept though an incoming person was on the post") >= 0.03,
                () -> "too few sequences reach the case of one relief missing: " + report.labels());
    }

    @Test
    @Tag("SHIFT-07")
    @DisplayName("entries and corrections, valid or not, never change an entry already written; the log numbers them 1, 2, 3...; every author was on duty or a shift leader")
    void dutyLogEntriesNeverChange() {
        Stateful.<List<DutyLogEntry>, Centre>builder()
                .initialModel(ArrayList::new)
                .newSystem(() -> {
                    Centre c = new Centre();
                    // from the morning of the published week, so that some authors are on duty and others are not
                    c.c.clock.set(c.week.at("06:00"));
                    return c;
                })
                .commands(model -> source -> {
                    int kind = source.draw(Gens.integers(0, 3));
                    int i = source.draw(Gens.integers(0, 50));
                    return Command.<List<DutyLogEntry>, Centre>of(List.of("write", "correct", "correct an unknown entry", "write a blank entry").get(kind) + " " + i,
                            (seen, s) -> {
                                s.c.clock.advance(Duration.ofMinutes(1 + i));
                                List<Object> before = s.snapshot();
                                try {
                                    DutyLogEntry written = switch (kind) {
                                        case 0 -> s.c.shifts.writeDutyLog().write(new WriteDutyLog.Entry(s.person(i).id(), "note " + i));
                                        case 1 -> seen.isEmpty() ? s.c.shifts.writeDutyLog().write(new WriteDutyLog.Entry(s.person(i).id(), "first"))
                                                : s.c.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(s.person(i).id(),
                                                        seen.get(Math.floorMod(i, seen.size())).id(), "correction " + i));
                                        case 2 -> s.c.shifts.writeDutyLog().correct(new WriteDutyLog.Correction(s.person(i).id(), DutyLogEntryId.newId(), "x"));
                                        default -> s.c.shifts.writeDutyLog().write(new WriteDutyLog.Entry(s.person(i).id(), "  "));
                                    };
                                    List<DutyLogEntry> next = new ArrayList<>(seen);
                                    next.add(written);
                                    return next;
                                } catch (InvalidCommand | NotFound | RuleViolation refused) {
                                    assertEquals(before, s.snapshot());
                                    return seen;
                                }
                            });
                })
                .invariant("every entry written reads back unchanged, numbered in order, by someone on duty or a shift leader", (seen, s) -> {
                    for (DutyLogEntry e : seen) {
                        boolean mayWrite = s.c.named(e.author()).hasRole(Role.SHIFT_LEADER) || s.c.shifts.findOnDuty().at(e.at()).includes(e.author());
                        if (!mayWrite) {
                            return false;
                        }
                    }
                    for (int k = 0; k < seen.size(); k++) {
                        if (!seen.get(k).equals(s.c.stores.log().get(seen.get(k).id())) || seen.get(k).sequence() != k + 1) {
                            return false;
                        }
                    }
                    return s.c.stores.log().size() == seen.size();
                })
                .maxCommands(30)
                .tries(30)
                .check();
    }
}
