package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.property.Command;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Stateful;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Valid and invalid commands in random order: every refused command leaves every store as it was,
 * except that a refused use of footage adds exactly one "refused" entry to the access log (and its
 * event), because the audit needs refused attempts.
 */
@DisplayName("A refused command never changes anything stored")
class RefusedCommandsProperty {

    /** What the model knows: the ids the system handed out. */
    record Model(List<AccessRequestId> pending, List<AccessRequestId> decided, List<AccessRequestId> ownRequests, List<GrantId> grants) {
        Model with(Function<Model, Model> change) {
            return change.apply(this);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    private static <T> List<T> minusFirst(List<T> list) {
        return new ArrayList<>(list.subList(1, list.size()));
    }

    /** Runs a command that must be refused with {@code expected}; checks that nothing stored changed. */
    private static Model refusedUnchanged(AccessFixtures centre, Model model, Class<? extends RuntimeException> expected, String ruleId,
                                          Runnable command) {
        AccessFixtures.Snapshot before = centre.snapshot();
        RuntimeException refusal = assertThrows(expected, command::run);
        if (ruleId != null) {
            assertEquals(ruleId, ((RuleViolation) refusal).ruleId());
        }
        assertEquals(before, centre.snapshot());
        return model;
    }

    /** Runs a use that must be refused by a rule: only one "refused" log entry and its event are added. */
    private static Model refusedAndLogged(AccessFixtures centre, Model model, String ruleId, Runnable command) {
        AccessFixtures.Snapshot before = centre.snapshot();
        RuleViolation refusal = assertThrows(RuleViolation.class, command::run);
        assertEquals(ruleId, refusal.ruleId());
        AccessFixtures.Snapshot after = centre.snapshot();
        assertEquals(before.requests(), after.requests());
        assertEquals(before.grants(), after.grants());
        assertEquals(before.exports(), after.exports());
        assertEquals(before.visits(), after.visits());
        assertEquals(before.log(), after.log().subList(0, before.log().size()));
        assertEquals(before.log().size() + 1, after.log().size());
        assertEquals(LogKind.REFUSED, after.log().get(after.log().size() - 1).record().kind());
        assertEquals(before.events() + 1, after.events());
        return model;
    }

    private static final Command<Model, AccessFixtures> FILE = Command.of("file a police request", (m, c) -> {
        AccessRequest filed = c.file(c.policeRequest(Set.of(c.street), Set.of(AccessAction.VIEW)));
        return m.with(x -> new Model(plus(x.pending(), filed.id()), x.decided(), x.ownRequests(), x.grants()));
    });

    private static final Command<Model, AccessFixtures> FILE_OWN = Command.of("the centre head files their own request", (m, c) -> {
        AccessRequest filed = c.file(c.staffRequest(c.centreHead, Set.of(c.street), Set.of(AccessAction.VIEW)));
        return new Model(m.pending(), m.decided(), plus(m.ownRequests(), filed.id()), m.grants());
    });

    private static final Command<Model, AccessFixtures> APPROVE = Command.of("the shift leader approves", m -> !m.pending().isEmpty(), (m, c) -> {
        AccessRequest approved = c.module.decideAccess().approve(new DecideAccess.Approve(m.pending().get(0), c.shiftLeader.id(),
                "credential checked", null, null, false));
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
        return new Model(minusFirst(m.pending()), plus(m.decided(), approved.id()), m.ownRequests(), plus(m.grants(), approved.decision().grant()));
    });

    private static final Command<Model, AccessFixtures> USE = Command.of("the operator views under a grant", m -> !m.grants().isEmpty(), (m, c) -> {
        long before = c.log.size();
        c.module.useFootage().use(new UseFootage.Command(m.grants().get(0), c.operatorId(), c.street, AccessFixtures.LAST_NIGHT.start(),
                AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW));
        assertEquals(before + 1, c.log.size());
        return m;
    });

    private static final Command<Model, AccessFixtures> SIGN = Command.of("the log's head is signed", (m, c) -> {
        c.module.verifyAccessLog().signCheckpoint();
        return m;
    });

    private static final Command<Model, AccessFixtures> LIVE = Command.of("the operator on duty views live", (m, c) -> {
        c.module.viewLive().view(new ViewLive.Command(c.operatorId(), c.street));
        return m;
    });

    private static final Command<Model, AccessFixtures> VISIT = Command.of("a visitor is admitted", (m, c) -> {
        c.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu", "310101198001011234", "139", "Audit Office", c.shiftLeader.id(),
                c.centreHead.id(), "inspection"));
        return m;
    });

    private static final List<Command<Model, AccessFixtures>> INVALID = List.of(
            Command.of("file a request ending before it starts", (m, c) -> refusedUnchanged(c, m, InvalidCommand.class, null, () -> {
                RequestAccess.Command ok = c.policeRequest(Set.of(c.street), Set.of(AccessAction.VIEW));
                c.file(new RequestAccess.Command(ok.requesterClass(), ok.requesterName(), ok.requesterUnit(), ok.credentialNumber(), null,
                        ok.purpose(), ok.cameras(), ok.footageEnd(), ok.footageStart(), ok.actions(), ok.gravity(), null, ok.registeredBy()));
            })),
            Command.of("file a request for an unknown camera", (m, c) -> refusedUnchanged(c, m, NotFound.class, null,
                    () -> c.file(c.policeRequest(Set.of(CameraId.newId()), Set.of(AccessAction.VIEW))))),
            Command.of("another operator approves", m -> !m.pending().isEmpty(), (m, c) -> refusedUnchanged(c, m, RuleViolation.class, "ACCESS-01",
                    () -> c.module.decideAccess().approve(new DecideAccess.Approve(m.pending().get(0), c.offDutyOperator.id(), "ok", null, null, false)))),
            Command.of("approve with a negative duration", m -> !m.pending().isEmpty(), (m, c) -> refusedUnchanged(c, m, InvalidCommand.class, null,
                    () -> c.module.decideAccess().approve(new DecideAccess.Approve(m.pending().get(0), c.shiftLeader.id(), "ok", null,
                            Duration.ofMinutes(-5), false)))),
            Command.of("approve a decided request again", m -> !m.decided().isEmpty(), (m, c) -> refusedUnchanged(c, m, RuleViolation.class, "ACCESS-01",
                    () -> c.module.decideAccess().approve(new DecideAccess.Approve(m.decided().get(0), c.centreHead.id(), "ok", null, null, false)))),
            Command.of("the centre head approves their own request", m -> !m.ownRequests().isEmpty(), (m, c) -> refusedUnchanged(c, m,
                    RuleViolation.class, "ACCESS-10", () -> c.module.decideAccess().approve(new DecideAccess.Approve(m.ownRequests().get(0),
                            c.centreHead.id(), "ok", null, null, false)))),
            Command.of("view another camera under a grant", m -> !m.grants().isEmpty(), (m, c) -> refusedAndLogged(c, m, "ACCESS-03",
                    () -> c.module.useFootage().use(new UseFootage.Command(m.grants().get(0), c.operatorId(), c.square,
                            AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)))),
            Command.of("an operator off duty uses a police officer's grant", m -> !m.grants().isEmpty(), (m, c) -> refusedAndLogged(c, m,
                    "ACCESS-03", () -> c.module.useFootage().use(new UseFootage.Command(m.grants().get(0), c.offDutyOperator.id(), c.street,
                            AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)))),
            Command.of("play back under a view-only grant", m -> !m.grants().isEmpty(), (m, c) -> refusedAndLogged(c, m, "ACCESS-03",
                    () -> c.module.useFootage().use(new UseFootage.Command(m.grants().get(0), c.operatorId(), c.street,
                            AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.PLAYBACK)))),
            Command.of("view under an unknown grant", (m, c) -> refusedUnchanged(c, m, NotFound.class, null,
                    () -> c.module.useFootage().use(new UseFootage.Command(GrantId.newId(), c.operatorId(), c.street,
                            AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)))),
            Command.of("an operator off duty views live", (m, c) -> refusedAndLogged(c, m, "ACCESS-09",
                    () -> c.module.viewLive().view(new ViewLive.Command(c.offDutyOperator.id(), c.street)))),
            Command.of("an operator admits a visitor", (m, c) -> refusedUnchanged(c, m, RuleViolation.class, "ACCESS-07",
                    () -> c.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu", "310101198001011234", "139", "Audit Office",
                            c.shiftLeader.id(), c.operatorId(), "inspection")))),
            Command.of("admit a visitor with a malformed ID number", (m, c) -> refusedUnchanged(c, m, InvalidCommand.class, null,
                    () -> c.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu", "12", "139", "Audit Office",
                            c.shiftLeader.id(), c.centreHead.id(), "inspection")))));

    @Test
    @Tag("ACCESS-03")
    @Tag("ACCESS-04")
    @DisplayName("invalid commands mixed into valid sequences never change anything stored, and the log stays intact")
    void refusedCommandsChangeNothing() {
        List<Command<Model, AccessFixtures>> valid = List.of(FILE, FILE_OWN, APPROVE, USE, LIVE, VISIT, SIGN);
        Stateful.<Model, AccessFixtures>builder()
                .initialModel(() -> new Model(List.of(), List.of(), List.of(), List.of()))
                .newSystem(AccessFixtures::new)
                .commands(model -> Gens.choice(Gens.oneOf(valid), Gens.oneOf(INVALID)))
                .invariant("the access log is never found broken, and is intact once a signed checkpoint covers an entry",
                        (model, centre) -> {
                            Verification v = centre.module.verifyAccessLog().verify();
                            boolean anchored = centre.checkpoints.all().stream().anyMatch(s -> s.size() > 0);
                            return anchored ? v.isIntact() : v.isIntact() || v instanceof Verification.Unanchored;
                        })
                .invariant("every grant stays within its approver's level", (model, centre) -> centre.grants.all().stream()
                        .allMatch(g -> g.cameras().values().stream().allMatch(g.approverLevel()::covers)))
                .invariant("the model's grants are the stored grants", (model, centre) -> model.grants().size() == centre.grants.all().size())
                .maxCommands(30)
                .tries(150)
                .check();
    }
}
