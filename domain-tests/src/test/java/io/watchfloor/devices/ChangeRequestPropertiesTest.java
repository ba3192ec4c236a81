package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.devices.port.in.ApplyChange;
import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.RecordObservedChange;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.property.Command;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Stateful;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@Tag("DEVICE-04")
@DisplayName("DEVICE-04 properties: change requests under random command sequences")
class ChangeRequestPropertiesTest {

    /** Who acts: the technician, the operator, the shift leader (who is also an operator) or the centre head. */
    enum Actor { TECHNICIAN, OPERATOR, SHIFT_LEADER, CENTRE_HEAD }

    /** One request as the model sees it. */
    record Req(ChangeKind kind, Actor requester, ChangeState state, Instant appliedAt) {
        Req to(ChangeState next, Instant at) {
            return new Req(kind, requester, next, next == ChangeState.APPLIED ? at : appliedAt);
        }
    }

    /** The requests in the order made, the violations recorded, and the simulated time. */
    record Model(List<Req> requests, int violations, Instant now) {
        Model with(int index, Req req) {
            List<Req> next = new ArrayList<>(requests);
            if (index == requests.size()) {
                next.add(req);
            } else {
                next.set(index, req);
            }
            return new Model(List.copyOf(next), violations, now);
        }

        Model later(Duration d) {
            return new Model(requests, violations, now.plus(d));
        }

        Model violation() {
            return new Model(requests, violations + 1, now);
        }

        boolean covered(ChangeKind kind, Duration window) {
            return requests.stream().anyMatch(r -> r.kind() == kind && (r.state() == ChangeState.APPROVED
                    || r.state() == ChangeState.APPLIED && !r.appliedAt().plus(window).isBefore(now)));
        }
    }

    /** A centre with one camera; the ids of the requests, in the order made. */
    static final class World {
        final DevicesFixtures centre = new DevicesFixtures();
        final Device camera = centre.camera("HP-CAM-00001", 1);
        final List<ChangeRequestId> ids = new ArrayList<>();
        int made;

        PersonId id(Actor actor) {
            return switch (actor) {
                case TECHNICIAN -> centre.technician.id();
                case OPERATOR -> centre.operator.id();
                case SHIFT_LEADER -> centre.shiftLeader.id();
                case CENTRE_HEAD -> centre.centreHead.id();
            };
        }

        List<Object> snapshot() {
            return List.of(centre.stores.changes.all(), centre.stores.devices.get(camera.id()), centre.stores.violations.all(), centre.events.all());
        }

        @Override
        public String toString() {
            return centre.stores.changes.all().stream().map(r -> r.kind() + ":" + r.state()).toList().toString();
        }
    }

    private static boolean approver(Actor a) {
        return a == Actor.SHIFT_LEADER || a == Actor.CENTRE_HEAD;
    }

    private static void refused(World world, Class<? extends Throwable> expected, String ruleId, Executable command) {
        List<Object> before = world.snapshot();
        Throwable thrown = assertThrows(expected, command);
        if (ruleId != null) {
            assertEquals(ruleId, ((RuleViolation) thrown).ruleId(), thrown.getMessage());
        }
        assertEquals(before, world.snapshot(), "a refused command changed something stored");
    }

    /** A proposal of {@code kind}, unique per request so that every application changes the camera. */
    private static ProposedChange proposal(ChangeKind kind, int n) {
        return switch (kind) {
            case MOVE -> ProposedChange.move(DeviceSamples.spot(100 + n), null, "pole " + n);
            case REAIM -> ProposedChange.reaim("aim " + n);
            case RECONFIGURE -> ProposedChange.reconfigure(new NetworkAddress("10.99.0." + (n % 250 + 1) + ":" + (8000 + n)), null);
            case CHANGE_USE -> ProposedChange.changeUse(new Zone("zone " + n, ZoneImportance.IMPORTANT, AccessLevel.HIGHEST), null);
        };
    }

    private static Gen<Command<Model, World>> commands(Model model) {
        Gen<Actor> actors = Gens.enums(Actor.class);
        Gen<ChangeKind> kinds = Gens.enums(ChangeKind.class);
        Gen<Duration> later = Gens.integers(0, 600).map(Duration::ofMinutes);
        int count = model.requests().size();
        Gen<Command<Model, World>> request = source -> {
            Actor requester = source.draw(actors);
            ChangeKind kind = source.draw(kinds);
            Duration wait = source.draw(later);
            return Command.of("request " + kind + " by " + requester + " after " + wait.toMinutes() + " min", (m, w) -> {
                w.centre.clock.advance(wait);
                ChangeRequest made = w.centre.module.requestChange().request(new RequestChange.Command(w.id(requester), w.camera.id(), kind,
                        proposal(kind, w.made++), "needed"));
                w.ids.add(made.id());
                assertEquals(ChangeState.REQUESTED, made.state());
                return m.later(wait).with(m.requests().size(), new Req(kind, requester, ChangeState.REQUESTED, null));
            });
        };
        Gen<Command<Model, World>> mismatched = source -> {
            ChangeKind kind = source.draw(kinds);
            ChangeKind other = ChangeKind.values()[(kind.ordinal() + 1) % ChangeKind.values().length];
            return Command.of("request " + kind + " with a " + other + " proposal (refused)", (m, w) -> {
                refused(w, InvalidCommand.class, null, () -> w.centre.module.requestChange().request(new RequestChange.Command(
                        w.id(Actor.OPERATOR), w.camera.id(), kind, proposal(other, 999), "needed")));
                return m;
            });
        };
        List<Gen<? extends Command<Model, World>>> options = new ArrayList<>(List.of(request, mismatched));
        if (count > 0) {
            Gen<Integer> which = Gens.integers(0, count - 1);
            for (boolean approve : new boolean[] {true, false}) {
                options.add(source -> {
                    int i = source.draw(which);
                    Actor actor = source.draw(actors);
                    boolean blank = !approve && source.draw(Gens.integers(0, 4)) == 0;
                    Duration wait = source.draw(later);
                    Req req = model.requests().get(i);
                    String rule = !approver(actor) ? "PEOPLE-01"
                            : req.state() != ChangeState.REQUESTED || actor == req.requester() ? "DEVICE-04" : null;
                    String name = (approve ? "approve #" : "reject #") + i + " by " + actor + (blank ? " without a reason" : "")
                            + " after " + wait.toMinutes() + " min" + (rule != null || blank ? " (refused)" : "");
                    return Command.of(name, (m, w) -> {
                        w.centre.clock.advance(wait);
                        DecideChange.Command command = new DecideChange.Command(w.id(actor), w.ids.get(i), blank ? " " : "decided");
                        Executable decide = () -> {
                            if (approve) {
                                w.centre.module.decideChange().approve(command);
                            } else {
                                w.centre.module.decideChange().reject(command);
                            }
                        };
                        if (blank) {
                            refused(w, InvalidCommand.class, null, decide);
                            return m.later(wait);
                        }
                        if (rule != null) {
                            refused(w, RuleViolation.class, rule, decide);
                            return m.later(wait);
                        }
                        decide.execute();
                        ChangeState next = approve ? ChangeState.APPROVED : ChangeState.REJECTED;
                        assertEquals(next, w.centre.stores.changes.get(w.ids.get(i)).state());
                        Model after = m.later(wait);
                        return after.with(i, req.to(next, after.now()));
                    });
                });
            }
            options.add(source -> {
                int i = source.draw(which);
                Actor actor = source.draw(actors);
                Duration wait = source.draw(later);
                Req req = model.requests().get(i);
                String rule = actor != Actor.TECHNICIAN ? "PEOPLE-01" : req.state() != ChangeState.APPROVED ? "DEVICE-04" : null;
                return Command.of("apply #" + i + " by " + actor + " after " + wait.toMinutes() + " min" + (rule != null ? " (refused)" : ""), (m, w) -> {
                    w.centre.clock.advance(wait);
                    Executable apply = () -> w.centre.module.applyChange().apply(new ApplyChange.Command(w.id(actor), w.ids.get(i)));
                    if (rule != null) {
                        refused(w, RuleViolation.class, rule, apply);
                        return m.later(wait);
                    }
                    apply.execute();
                    Model after = m.later(wait);
                    return after.with(i, req.to(ChangeState.APPLIED, after.now()));
                });
            });
        }
        options.add(source -> {
            ChangeKind kind = source.draw(kinds);
            Duration wait = source.draw(later);
            return Command.of("observe " + kind + " after " + wait.toMinutes() + " min", (m, w) -> {
                w.centre.clock.advance(wait);
                Model after = m.later(wait);
                ObservedChangeOutcome outcome = w.centre.module.recordObservedChange().record(new RecordObservedChange.Command(
                        w.id(Actor.OPERATOR), w.camera.id(), kind, "seen on the wall"));
                if (after.covered(kind, DevicePolicy.DEFAULT.observedChangeWindow())) {
                    assertInstanceOf(ObservedChangeOutcome.Approved.class, outcome);
                    return after;
                }
                assertInstanceOf(ObservedChangeOutcome.Unapproved.class, outcome);
                return after.violation();
            });
        });
        @SuppressWarnings("unchecked")
        Gen<? extends Command<Model, World>>[] all = options.toArray(Gen[]::new);
        return Gens.choice(all);
    }

    @Test
    @DisplayName("no illegal decision or application is ever accepted, a refused command changes nothing, histories replay, and violations are exactly the unapproved changes")
    void changeRequests() {
        Stateful.<Model, World>builder()
                .initialModel(() -> new Model(List.of(), 0, DevicesFixtures.MONDAY_9AM))
                .newSystem(World::new)
                .commands(ChangeRequestPropertiesTest::commands)
                .invariant("every request's history replays to it", (model, w) -> w.centre.stores.changes.all().stream().allMatch(r ->
                        r.withVersion(Version.NEW).equals(ChangeRequest.replay(r.id(), r.device(), r.kind(), r.proposal(), r.reason(), r.history()))))
                .invariant("every request is in the model's state", (model, w) -> {
                    for (int i = 0; i < w.ids.size(); i++) {
                        if (w.centre.stores.changes.get(w.ids.get(i)).state() != model.requests().get(i).state()) {
                            return false;
                        }
                    }
                    return w.ids.size() == model.requests().size();
                })
                .invariant("the camera changed once for each applied request, and only then", (model, w) ->
                        w.centre.stores.devices.get(w.camera.id()).history().stream().filter(c -> c.reason().startsWith("change request ")).count()
                                == model.requests().stream().filter(r -> r.state() == ChangeState.APPLIED).count())
                .invariant("violations are exactly the unapproved changes seen", (model, w) -> w.centre.stores.violations.all().size() == model.violations())
                .maxCommands(30)
                .tries(150)
                .check();
    }
}
