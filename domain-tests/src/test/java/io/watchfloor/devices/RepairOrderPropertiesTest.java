package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.devices.port.in.MoveRepair;
import io.watchfloor.devices.port.in.ReportFault;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import io.watchfloor.testkit.property.Command;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Stateful;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@Tag("DEVICE-03")
@DisplayName("DEVICE-03 properties: repair orders under random command sequences")
class RepairOrderPropertiesTest {

    /** Who acts in a command. */
    enum Actor { OPERATOR, TECH_A, TECH_B, SHIFT_LEADER, STRANGER }

    /** What the order should be: its state, its technician, whether a spare stands in, how many steps it has. */
    record Model(RepairState state, Actor technician, boolean spare, int steps) {
        Model with(RepairState next, Actor tech, boolean withSpare) {
            return new Model(next, tech, withSpare, steps + 1);
        }
    }

    /** A centre with one faulty camera, its open repair order and a spare camera. */
    static final class World {
        final DevicesFixtures centre = new DevicesFixtures();
        final Device camera = centre.camera("HP-CAM-00001", 1);
        final Device spare = centre.device("HP-CAM-SPARE-1", DeviceType.CAMERA, 2, true);
        final RepairOrderId order = centre.module.reportFault().report(new ReportFault.Command(centre.operator.id(), camera.id(),
                Set.of(Symptom.OFFLINE), "no picture on wall 3")).order().id();

        PersonId id(Actor actor) {
            return switch (actor) {
                case OPERATOR -> centre.operator.id();
                case TECH_A -> centre.technician.id();
                case TECH_B -> centre.secondTechnician.id();
                case SHIFT_LEADER -> centre.shiftLeader.id();
                case STRANGER -> PersonId.newId();
            };
        }

        /** Everything a repair command may touch, and the events published. */
        List<Object> snapshot() {
            return List.of(centre.stores.repairs.get(order), centre.stores.devices.get(camera.id()), centre.stores.devices.get(spare.id()),
                    centre.stores.faults.all(), centre.events.all());
        }

        @Override
        public String toString() {
            return centre.stores.repairs.get(order).state().title();
        }
    }

    private static boolean technician(Actor a) {
        return a == Actor.TECH_A || a == Actor.TECH_B;
    }

    /** Runs a command the model says is refused: it throws {@code expected}, and nothing stored changes. */
    private static void refused(World system, Class<? extends Throwable> expected, String ruleId, Executable command) {
        List<Object> before = system.snapshot();
        Throwable thrown = assertThrows(expected, command);
        if (ruleId != null) {
            assertEquals(ruleId, ((RuleViolation) thrown).ruleId(), thrown.getMessage());
        }
        assertEquals(before, system.snapshot(), "a refused command changed something stored");
    }

    private static Command<Model, World> step(String name, Actor actor, Duration later, boolean legal, Model next, MoveAction action) {
        return Command.of(name + " by " + actor + " after " + later.toMinutes() + " min" + (legal ? "" : " (refused)"), (model, system) -> {
            system.centre.clock.advance(later);
            if (legal) {
                RepairOrder stored = action.run(system);
                assertEquals(next.state(), stored.state());
                assertEquals(next.steps(), stored.history().size());
                return next;
            }
            Class<? extends Throwable> expected = actor == Actor.STRANGER ? NotFound.class : RuleViolation.class;
            refused(system, expected, actor == Actor.STRANGER ? null : "DEVICE-03", () -> action.run(system));
            return model;
        });
    }

    interface MoveAction {
        RepairOrder run(World system);
    }

    private static Gen<Command<Model, World>> commands(Model model) {
        Gen<Actor> actors = Gens.enums(Actor.class);
        Gen<Duration> later = Gens.durations(Duration.ZERO, Duration.ofHours(2)).map(d -> Duration.ofMinutes(d.toMinutes()));
        boolean open = model.state() != RepairState.VERIFIED;
        Gen<Command<Model, World>> assign = source -> {
            Actor actor = source.draw(actors);
            Actor assignee = source.draw(Gens.oneOf(Actor.OPERATOR, Actor.TECH_A, Actor.TECH_B));
            boolean legal = technician(actor) && technician(assignee)
                    && (model.state() == RepairState.REPORTED || model.state() == RepairState.ASSIGNED);
            return step("assign to " + assignee, actor, source.draw(later), legal, model.with(RepairState.ASSIGNED, assignee, model.spare()),
                    s -> s.centre.module.moveRepair().assign(new MoveRepair.Assign(s.id(actor), s.order, s.id(assignee))));
        };
        Gen<Command<Model, World>> start = source -> {
            Actor actor = source.draw(actors);
            boolean legal = model.state() == RepairState.ASSIGNED && actor == model.technician();
            return step("start", actor, source.draw(later), legal, model.with(RepairState.IN_REPAIR, model.technician(), model.spare()),
                    s -> s.centre.module.moveRepair().start(new MoveRepair.Step(s.id(actor), s.order)));
        };
        Gen<Command<Model, World>> finish = source -> {
            Actor actor = source.draw(actors);
            boolean legal = model.state() == RepairState.IN_REPAIR && actor == model.technician();
            return step("finish", actor, source.draw(later), legal, model.with(RepairState.REPAIRED, model.technician(), model.spare()),
                    s -> s.centre.module.moveRepair().finish(new MoveRepair.Finish(s.id(actor), s.order, "done")));
        };
        Gen<Command<Model, World>> reject = source -> {
            Actor actor = source.draw(actors);
            boolean legal = model.state() == RepairState.REPAIRED && technician(actor);
            return step("reject", actor, source.draw(later), legal, model.with(RepairState.IN_REPAIR, model.technician(), model.spare()),
                    s -> s.centre.module.moveRepair().reject(new MoveRepair.Reject(s.id(actor), s.order, "still flickers")));
        };
        Gen<Command<Model, World>> verify = source -> {
            Actor actor = source.draw(actors);
            boolean legal = model.state() == RepairState.REPAIRED && technician(actor);
            return step("verify", actor, source.draw(later), legal, model.with(RepairState.VERIFIED, model.technician(), model.spare()),
                    s -> s.centre.module.moveRepair().verify(new MoveRepair.Step(s.id(actor), s.order)));
        };
        Gen<Command<Model, World>> standIn = source -> {
            Actor actor = source.draw(actors);
            boolean legal = open && !model.spare() && technician(actor);
            return step("put in the spare", actor, source.draw(later), legal, model.with(model.state(), model.technician(), true),
                    s -> s.centre.module.moveRepair().standIn(new MoveRepair.StandIn(s.id(actor), s.order, s.spare.id())));
        };
        Gen<Command<Model, World>> invalid = Gens.oneOf(
                Command.<Model, World>of("reject without a reason (refused)", (m, s) -> {
                    refused(s, InvalidCommand.class, null, () -> s.centre.module.moveRepair().reject(new MoveRepair.Reject(s.id(Actor.TECH_A), s.order, " ")));
                    return m;
                }),
                Command.<Model, World>of("start an unknown order (refused)", (m, s) -> {
                    refused(s, NotFound.class, null, () -> s.centre.module.moveRepair().start(new MoveRepair.Step(s.id(Actor.TECH_A), RepairOrderId.newId())));
                    return m;
                }),
                Command.<Model, World>of("assign without an actor (refused)", (m, s) -> {
                    refused(s, InvalidCommand.class, null, () -> s.centre.module.moveRepair().assign(new MoveRepair.Assign(null, s.order, s.id(Actor.TECH_A))));
                    return m;
                }));
        return Gens.frequency(Gens.weighted(3, assign), Gens.weighted(3, start), Gens.weighted(3, finish), Gens.weighted(2, reject),
                Gens.weighted(2, verify), Gens.weighted(1, standIn), Gens.weighted(1, invalid));
    }

    @Test
    @DisplayName("no illegal step is ever accepted, a refused command changes nothing, and the stored history always replays to the stored order")
    void repairOrders() {
        Stateful.<Model, World>builder()
                .initialModel(() -> new Model(RepairState.REPORTED, null, false, 1))
                .newSystem(World::new)
                .commands(RepairOrderPropertiesTest::commands)
                .invariant("the history replays to the order", (model, s) -> {
                    RepairOrder stored = s.centre.stores.repairs.get(s.order);
                    return stored.withVersion(Version.NEW).equals(RepairOrder.replay(stored.id(), stored.device(), stored.deviceType(), stored.history()));
                })
                .invariant("the order is in the model's state", (model, s) -> s.centre.stores.repairs.get(s.order).state() == model.state())
                .invariant("the camera is faulty exactly while its order is open", (model, s) ->
                        (s.centre.stores.devices.get(s.camera.id()).status() == DeviceStatus.FAULTY) == (model.state() != RepairState.VERIFIED))
                .invariant("the spare stands in exactly while the open order has it", (model, s) ->
                        (s.centre.stores.devices.get(s.spare.id()).status() == DeviceStatus.STANDING_IN) == (model.spare() && model.state() != RepairState.VERIFIED))
                .invariant("only technicians ever moved the order", (model, s) -> s.centre.stores.repairs.get(s.order).history().stream()
                        .filter(step -> step.action() != RepairAction.REPORT)
                        .allMatch(step -> s.centre.people.get(step.actor()).hasRole(Role.TECHNICIAN)))
                .maxCommands(30)
                .tries(150)
                .check();
    }

}
