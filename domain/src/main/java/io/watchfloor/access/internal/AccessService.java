package io.watchfloor.access.internal;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessAudit;
import io.watchfloor.access.AccessChain;
import io.watchfloor.access.AccessEvent;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.Checkpoint;
import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.access.FootageFile;
import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.LogKind;
import io.watchfloor.access.LogRecord;
import io.watchfloor.access.MaskTarget;
import io.watchfloor.access.Requester;
import io.watchfloor.access.SealedIdNumber;
import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.Verification;
import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.access.port.in.AuditAccess;
import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.VerifyAccessLog;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.access.port.out.CameraDirectory;
import io.watchfloor.access.port.out.Clearances;
import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.access.port.out.Masker;
import io.watchfloor.access.port.out.CheckpointSigner;
import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.access.port.out.StaffIdNumbers;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The access use cases over the access context's ports. */
public final class AccessService implements RequestAccess, DecideAccess, UseFootage, ExportFootage, HandOverCopy, ViewLive,
        RegisterVisit, VerifyAccessLog, AuditAccess {

    private static final Set<MaskTarget> FACES_AND_PLATES = EnumSet.allOf(MaskTarget.class);
    private static final Set<LogKind> LOOKS = EnumSet.of(LogKind.VIEW, LogKind.PLAYBACK, LogKind.EXPORT, LogKind.COPY, LogKind.LIVE_VIEW);

    /** The context's own stores, as the module hands them over. */
    public record Stores(AccessRequests requests, Grants grants, AccessLog log, Exports exports, Visits visits,
                         SignedCheckpoints checkpoints) {
    }

    /** What other contexts and the deployment serve, as the module hands them over. */
    public record Gateways(CameraDirectory cameras, Clearances clearances, DutyStatus duty, FootageArchive archive, Masker masker,
                           StaffIdNumbers idNumbers, CheckpointSigner signer) {
    }

    private final Stores stores;
    private final Gateways gateways;
    private final People people;
    private final AccessPolicy policy;
    private final IdNumberSeal seal;
    private final EventSink events;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandValidation validation;

    public AccessService(Stores stores, Gateways gateways, People people, AccessPolicy policy, IdNumberSeal seal,
                         UnitOfWork unit, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.people = Objects.requireNonNull(people, "people");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.events = unit.events();
        this.transactions = Objects.requireNonNull(unit, "unit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validation = unit.validation();
    }

    // ---- requests and decisions (ACCESS-01, 02, 08, 10) ----

    @Override
    public AccessRequest request(RequestAccess.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            people.get(command.registeredBy());
            if (command.staffMember() != null) {
                people.get(command.staffMember());
            }
            command.cameras().forEach(gateways.cameras()::get);
            Instant now = clock.instant();
            Requester requester = new Requester(command.requesterClass(), command.requesterName(), command.requesterUnit(),
                    blankToNull(command.credentialNumber()), command.staffMember(),
                    command.requesterIdNumber() == null ? null : seal.seal(command.requesterIdNumber()));
            AccessRequest filed = AccessRequest.file(requester, command.purpose(), command.cameras(),
                    new TimeRange(command.footageStart(), command.footageEnd()), command.actions(), command.gravity(), command.caseId(),
                    command.registeredBy(), policy, now);
            AccessRequest stored = stores.requests().save(filed);
            events.publish(new AccessEvent.AccessRequested(stored.id(), requester.kind(), stored.gravity(), now));
            return stored;
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public AccessRequest approve(Approve command) {
        validation.valid(command);
        Duration validFor = command.validFor() == null ? policy.grantValidity() : command.validFor();
        if (validFor.compareTo(policy.maxGrantValidity()) > 0) {
            throw new RuleViolation("ACCESS-03", "a grant lasts at most " + policy.maxGrantValidity().toHours()
                    + " h; " + validFor.toHours() + " h was asked");
        }
        return transactions.inTransaction(() -> {
            AccessRequest request = stores.requests().get(command.request());
            Person approver = people.get(command.approver());
            AccessLevel level = clearance(approver, "approve access to footage");
            Map<CameraId, AccessLevel> levels = new LinkedHashMap<>();
            for (CameraId camera : request.cameras()) {
                levels.put(camera, gateways.cameras().get(camera).effectiveLevel());
            }
            AccessRequest.Approved approved = request.approve(approver, idNumberOf(approver), level, levels, command.reason(),
                    blankToNull(command.writtenApproval()), validFor, command.allowUnmasked(), clock.instant());
            AccessRequest stored = stores.requests().save(approved.request());
            stores.grants().save(approved.grant());
            events.publish(approved.event());
            return stored;
        });
    }

    private SealedIdNumber idNumberOf(Person person) {
        return gateways.idNumbers().sealedIdNumberOf(person.id()).orElse(null);
    }

    private AccessLevel clearance(Person person, String forWhat) {
        return gateways.clearances().clearanceOf(person.id()).orElseThrow(() -> new RuleViolation("ACCESS-02",
                person.name() + " holds no access level and may not " + forWhat));
    }

    @Override
    public AccessRequest refuse(Refuse command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            AccessRequest request = stores.requests().get(command.request());
            Person approver = people.get(command.approver());
            AccessRequest.Refused refused = request.refuse(approver, idNumberOf(approver), command.reason(), clock.instant());
            AccessRequest stored = stores.requests().save(refused.request());
            events.publish(refused.event());
            return stored;
        });
    }

    // ---- uses of footage (ACCESS-02, 03, 04, 05, 06, 09, 10, 11) ----

    @Override
    public AccessLogEntry use(UseFootage.Command command) {
        validation.valid(command);
        TimeRange range = new TimeRange(command.footageStart(), command.footageEnd());
        return guarded(command.actor(), command.action().title() + " footage", command.grant(), List.of(command.camera()), range, () -> {
            Grant grant = stores.grants().get(command.grant());
            Person actor = people.get(command.actor());
            actor.requireAnyRole(policy.footageOperatorRoles(), "operate footage under a grant");
            CameraProfile camera = gateways.cameras().get(command.camera());
            Instant now = clock.instant();
            grant.check(camera, range, command.action(), now);
            String actingFor = actingFor(grant, actor, now);
            String purpose = stores.requests().get(grant.request()).purpose();
            AccessLogEntry entry = append(new LogRecord(now, LogKind.of(command.action()), actor.id(), actor.name(),
                    grant.requester().identity(), grant.id(), List.of(camera.id()), range, actingFor + "purpose: " + purpose));
            events.publish(new AccessEvent.FootageAccessed(grant.id(), actor.id(), command.action(), entry.sequence(), now));
            return entry;
        });
    }

    @Override
    public Export export(ExportFootage.Command command) {
        validation.valid(command);
        TimeRange range = new TimeRange(command.footageStart(), command.footageEnd());
        List<CameraId> cameras = List.copyOf(command.cameras());
        return guarded(command.actor(), "export footage", command.grant(), cameras, range, () -> {
            Grant grant = stores.grants().get(command.grant());
            Person actor = people.get(command.actor());
            actor.requireAnyRole(policy.footageOperatorRoles(), "operate footage under a grant");
            Instant now = clock.instant();
            List<CameraProfile> profiles = new ArrayList<>();
            for (CameraId id : cameras) {
                CameraProfile camera = gateways.cameras().get(id);
                grant.check(camera, range, AccessAction.EXPORT, now);
                profiles.add(camera);
            }
            String actingFor = actingFor(grant, actor, now);
            String purpose = stores.requests().get(grant.request()).purpose();
            // ACCESS-10: the access record is written before any footage leaves.
            append(new LogRecord(now, LogKind.EXPORT, actor.id(), actor.name(), grant.requester().identity(), grant.id(), cameras, range,
                    actingFor + "export for " + grant.requester().identity() + "; purpose: " + purpose + (command.forPublication() ? "; for publication" : "")));
            MessageDigest sha256 = AccessChain.sha256();
            List<Export.ManifestFile> manifest = new ArrayList<>();
            boolean anyMasked = false;
            for (CameraProfile camera : profiles) {
                Set<MaskTarget> targets = command.forPublication() || (camera.privacyFlagged() && !grant.unmaskedExportAllowed())
                        ? FACES_AND_PLATES : Set.of();
                for (FootageFile file : gateways.archive().files(camera.id(), range)) {
                    FootageFile out = targets.isEmpty() ? file : gateways.masker().mask(file, targets);
                    manifest.add(new Export.ManifestFile(out.name(), out.camera(), out.size(),
                            HexFormat.of().formatHex(sha256.digest(out.content())), targets));
                    anyMasked |= !targets.isEmpty();
                }
            }
            if (manifest.isEmpty()) {
                throw new NotFound("recorded footage", cameras + " " + range.start() + " to " + range.end());
            }
            Export stored = stores.exports().save(new Export(ExportId.newId(), grant.id(), grant.requester(), actor.id(), actor.name(),
                    purpose, range, command.forPublication(), manifest, List.of(), now, Version.NEW));
            events.publish(new AccessEvent.FootageExported(stored.id(), grant.id(), manifest.size(), anyMasked, now));
            return stored;
        });
    }

    @Override
    public Export handOver(HandOverCopy.Command command) {
        validation.valid(command);
        Export known = stores.exports().get(command.export());
        List<CameraId> cameras = known.files().stream().map(Export.ManifestFile::camera).distinct().toList();
        return guarded(command.actor(), "hand a copy outside", known.grant(), cameras, known.footage(), () -> {
            Export export = stores.exports().get(command.export());
            Grant grant = stores.grants().get(export.grant());
            Person actor = people.get(command.actor());
            actor.requireAnyRole(policy.footageOperatorRoles(), "operate footage under a grant");
            Instant now = clock.instant();
            for (CameraId camera : cameras) {
                grant.check(gateways.cameras().get(camera), export.footage(), AccessAction.COPY, now);
            }
            String actingFor = actingFor(grant, actor, now);
            append(new LogRecord(now, LogKind.COPY, actor.id(), actor.name(), grant.requester().identity(), grant.id(), cameras,
                    export.footage(), actingFor + "copy of export " + export.id() + " handed to " + command.recipientName() + " ("
                    + command.recipientUnit() + ") on " + command.medium()));
            Export stored = stores.exports().save(export.handedOver(
                    new Export.Handover(command.recipientName(), command.recipientUnit(), command.medium(), actor.id(), now)));
            events.publish(new AccessEvent.CopyHandedOver(stored.id(), command.recipientUnit(), now));
            return stored;
        });
    }

    @Override
    public AccessLogEntry view(ViewLive.Command command) {
        validation.valid(command);
        return guarded(command.viewer(), "view live footage", null, List.of(command.camera()), null, () -> {
            Person viewer = people.get(command.viewer());
            CameraProfile camera = gateways.cameras().get(command.camera());
            Instant now = clock.instant();
            if (viewer.roles().stream().noneMatch(policy.liveViewRoles()::contains)) {
                throw new RuleViolation("ACCESS-09", viewer.name() + " may not view live footage: that needs the role "
                        + policy.liveViewRoles().stream().sorted().map(Role::title).collect(Collectors.joining(" or ")));
            }
            if (!gateways.duty().isOnDuty(viewer.id(), now)) {
                throw new RuleViolation("ACCESS-09", viewer.name() + " is not on duty at " + now + " and may not view live footage");
            }
            AccessLevel level = clearance(viewer, "view live footage");
            if (!level.covers(camera.effectiveLevel())) {
                throw new RuleViolation("ACCESS-02", viewer.name() + " holds access level " + level + " and may not view camera "
                        + camera.name() + " at level " + camera.effectiveLevel());
            }
            AccessLogEntry entry = append(new LogRecord(now, LogKind.LIVE_VIEW, viewer.id(), viewer.name(), null, null,
                    List.of(camera.id()), null, "live view of " + camera.name()));
            events.publish(new AccessEvent.LiveViewed(viewer.id(), camera.id(), now));
            return entry;
        });
    }

    /**
     * ACCESS-03: the grantee uses their own grant; for a requester outside the centre the operator on
     * duty acts for them. Returns the opening of the log entry's detail: "acting for ...; " or nothing.
     */
    private String actingFor(Grant grant, Person actor, Instant now) {
        boolean onBehalf = grant.checkUser(actor.id(), actor.name(), gateways.duty().isOnDuty(actor.id(), now));
        return onBehalf ? "acting for " + grant.requester().identity() + "; " : "";
    }

    /**
     * Runs a use of footage as one unit of work; when a rule refuses it, nothing of it is kept and the
     * refused attempt is logged in a unit of its own (the audit needs refused attempts), then rethrown.
     */
    private <T> T guarded(PersonId actorId, String attempted, GrantId grant, List<CameraId> cameras, TimeRange footage, Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (RuleViolation refused) {
            transactions.run(() -> {
                Instant now = clock.instant();
                String name = people.find(actorId).map(Person::name).orElse(actorId.toString());
                AccessLogEntry entry = append(new LogRecord(now, LogKind.REFUSED, actorId, name, null, grant, cameras, footage,
                        "refused to " + attempted + ": " + refused.getMessage()));
                events.publish(new AccessEvent.AccessAttemptRefused(actorId, refused.ruleId(), entry.sequence(), now));
            });
            throw refused;
        }
    }

    private AccessLogEntry append(LogRecord record) {
        long size = stores.log().size();
        ChainHash previous = stores.log().head().map(AccessLogEntry::hash).orElse(ChainHash.GENESIS);
        AccessLogEntry entry = AccessLogEntry.seal(size + 1, record, previous);
        stores.log().append(entry);
        return entry;
    }

    // ---- visits (ACCESS-07) ----

    @Override
    public Visit admit(Admit command) {
        validation.valid(command);
        if (!IdNumberSeal.isSealable(command.idNumber())) {
            throw new InvalidCommand("Admit", List.of(new InvalidCommand.FieldError("idNumber",
                    "must have at least 4 letters or digits besides spaces and dashes")));
        }
        return transactions.inTransaction(() -> {
            Person host = people.get(command.host());
            Person approver = people.get(command.approvedBy());
            if (approver.roles().stream().noneMatch(policy.visitApproverRoles()::contains)) {
                throw new RuleViolation("ACCESS-07", approver.name() + " may not admit visitors to the control room: that needs the role "
                        + policy.visitApproverRoles().stream().sorted().map(Role::title).collect(Collectors.joining(" or ")));
            }
            Instant now = clock.instant();
            Visit stored = stores.visits().save(new Visit(VisitId.newId(), command.visitorName(), seal.seal(command.idNumber()),
                    command.contact(), command.organisation(), host.id(), approver.id(), command.purpose(), now, null, Version.NEW));
            events.publish(new AccessEvent.VisitorAdmitted(stored.id(), host.id(), now));
            return stored;
        });
    }

    @Override
    public Visit leave(Leave command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Visit stored = stores.visits().save(stores.visits().get(command.visit()).left(now));
            events.publish(new AccessEvent.VisitorLeft(stored.id(), now));
            return stored;
        });
    }

    @Override
    public boolean proves(VisitId visit, String idNumber) {
        return seal.proves(stores.visits().get(Bounds.present("RegisterVisit", "visit", visit)).idNumber(), idNumber);
    }

    // ---- verification and audit (ACCESS-04) ----

    @Override
    public Verification verify() {
        return AccessChain.verify(stores.log().entries(), stores.checkpoints().all(), gateways.signer().publicKey());
    }

    @Override
    public Verification verify(Checkpoint checkpoint) {
        Bounds.present("VerifyAccessLog", "checkpoint", checkpoint);
        Verification against = AccessChain.verify(stores.log().entries(), checkpoint);
        return against.isIntact() ? verify() : against;
    }

    @Override
    public Verification verify(SignedCheckpoint checkpoint) {
        Bounds.present("VerifyAccessLog", "checkpoint", checkpoint);
        List<SignedCheckpoint> all = new ArrayList<>(stores.checkpoints().all());
        all.add(checkpoint);
        return AccessChain.verify(stores.log().entries(), all, gateways.signer().publicKey());
    }

    @Override
    public SignedCheckpoint signCheckpoint() {
        return transactions.inTransaction(() -> {
            Checkpoint head = checkpoint();
            SignedCheckpoint signed = new SignedCheckpoint(head,
                    Base64.getEncoder().encodeToString(gateways.signer().sign(SignedCheckpoint.message(head))));
            if (!signed.isSignedBy(gateways.signer().publicKey())) {
                throw new RuleViolation("ACCESS-04", "the deployment's checkpoint key does not verify its own signature;"
                        + " no checkpoint was signed");
            }
            stores.checkpoints().add(signed);
            events.publish(new AccessEvent.CheckpointSigned(head.size(), head.takenAt()));
            return signed;
        });
    }

    @Override
    public Checkpoint checkpoint() {
        return stores.log().head()
                .map(head -> new Checkpoint(head.sequence(), head.hash(), clock.instant()))
                .orElseGet(() -> new Checkpoint(0, ChainHash.GENESIS, clock.instant()));
    }

    @Override
    public AccessAudit audit(TimeRange period) {
        Bounds.range("AuditAccess", "period", period);
        List<AccessLogEntry> looked = new ArrayList<>();
        List<AccessLogEntry> refused = new ArrayList<>();
        for (AccessLogEntry entry : stores.log().entries()) {
            if (period.contains(entry.record().at())) {
                if (LOOKS.contains(entry.record().kind())) {
                    looked.add(entry);
                } else if (entry.record().kind() == LogKind.REFUSED) {
                    refused.add(entry);
                }
            }
        }
        List<AccessRequest> requests = stores.requests().filedBetween(period.start(), period.end());
        Map<io.watchfloor.access.RequesterClass, int[]> counts = new EnumMap<>(io.watchfloor.access.RequesterClass.class);
        for (AccessRequest r : requests) {
            int[] c = counts.computeIfAbsent(r.requester().kind(), k -> new int[3]);
            c[r.status().ordinal()]++;
        }
        Map<io.watchfloor.access.RequesterClass, AccessAudit.RequestCounts> byClass = new EnumMap<>(io.watchfloor.access.RequesterClass.class);
        counts.forEach((kind, c) -> byClass.put(kind, new AccessAudit.RequestCounts(c[0] + c[1] + c[2], c[1], c[2], c[0])));
        return new AccessAudit(period, looked, byClass, refused,
                requests.stream().filter(r -> r.status() == AccessRequest.Status.REFUSED).toList());
    }
}
