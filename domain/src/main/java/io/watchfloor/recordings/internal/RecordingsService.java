package io.watchfloor.recordings.internal;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.port.out.People;
import io.watchfloor.recordings.AdoptedPolicy;
import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.BackupId;
import io.watchfloor.recordings.ContentHash;
import io.watchfloor.recordings.Decision;
import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.Footage;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.ProtectionIndex;
import io.watchfloor.recordings.RecordingsEvent;
import io.watchfloor.recordings.RetentionAuthority;
import io.watchfloor.recordings.RetentionPlanner;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.SegmentId;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StoragePressure;
import io.watchfloor.recordings.SweepReport;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.DestroySegment;
import io.watchfloor.recordings.port.in.FindFootage;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterBackup;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.recordings.port.out.CameraZones;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.recordings.port.out.RecordingControl;
import io.watchfloor.recordings.port.out.RecordingStore;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The recordings and retention use cases over their ports. */
public final class RecordingsService implements RegisterSegments, AdoptRetentionPolicy, PlaceHold, ChangeHold, RegisterBackup,
        SweepRetention, RelieveStoragePressure, DestroySegment, FindFootage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final long SECONDS_PER_DAY = 86_400L;

    private final Segments segments;
    private final Holds holds;
    private final Backups backups;
    private final DestructionRecords records;
    private final RetentionPolicies policies;
    private final CameraZones zones;
    private final EvidenceReferences references;
    private final RecordingStore store;
    private final RecordingControl control;
    private final People people;
    private final EventSink events;
    private final Transactions transactions;
    private final Clock clock;
    private final CommandValidation validation;

    public RecordingsService(Segments segments, Holds holds, Backups backups, DestructionRecords records, RetentionPolicies policies,
                             CameraZones zones, EvidenceReferences references, RecordingStore store, RecordingControl control,
                             People people, UnitOfWork unit, Clock clock) {
        this.segments = Objects.requireNonNull(segments, "segments");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.backups = Objects.requireNonNull(backups, "backups");
        this.records = Objects.requireNonNull(records, "records");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.references = Objects.requireNonNull(references, "references");
        this.store = Objects.requireNonNull(store, "store");
        this.control = Objects.requireNonNull(control, "control");
        this.people = Objects.requireNonNull(people, "people");
        this.events = unit.events();
        this.transactions = Objects.requireNonNull(unit, "unit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validation = unit.validation();
    }

    // ---- RET-01, RET-02: registration

    @Override
    public Segment register(RegisterSegments.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> {
            List<RecordingsEvent> caused = new ArrayList<>();
            Segment segment = registerOne(command, policies.history(), clock.instant(), caused);
            caused.forEach(events::publish);
            return segment;
        });
    }

    @Override
    public List<Segment> registerAll(Batch batch) {
        validation.valid(batch);
        return transactions.inTransaction(() -> {
            List<AdoptedPolicy> history = policies.history();
            Instant now = clock.instant();
            List<Segment> stored = new ArrayList<>(batch.segments().size());
            List<RecordingsEvent> caused = new ArrayList<>();
            for (RegisterSegments.Command command : batch.segments()) {
                stored.add(registerOne(command, history, now, caused));
            }
            caused.forEach(events::publish);
            return stored;
        });
    }

    /**
     * Registers one segment under the policy in force when it was recorded, however late it is reported
     * (RET-08): of the policies in force during its range, the one keeping it longest. The events it
     * causes are published by the caller once the whole unit of work is accepted.
     */
    private Segment registerOne(RegisterSegments.Command command, List<AdoptedPolicy> history, Instant now, List<RecordingsEvent> caused) {
        ZoneImportance importance = zones.importanceOf(command.camera())
                .orElseThrow(() -> new NotFound("camera", command.camera()));
        MediaLocation location = new MediaLocation(command.area(), command.path());
        ContentHash hash = new ContentHash(command.sha256());
        TimeRange range = new TimeRange(command.start(), command.end());
        var existing = segments.at(location);
        if (existing.isPresent()) {
            Segment known = existing.get();
            if (known.hash().equals(hash) && known.camera().equals(command.camera()) && known.range().equals(range)
                    && known.sizeBytes() == command.sizeBytes()) {
                return known;
            }
            throw new RuleViolation("RET-03", "the media at " + location + " is already registered as segment " + known.id()
                    + " of camera " + known.camera() + " with content hash " + known.hash()
                    + "; footage is never altered, so a different report for it is refused");
        }
        RetentionPolicy policy = AdoptedPolicy.inForceDuring(history, range).stream()
                .max(Comparator.comparing((RetentionPolicy p) -> p.keepUntil(command.camera(), importance, command.trigger(), range.end())))
                .orElseThrow();
        Segment segment = Segment.register(command.camera(), range, location, command.sizeBytes(), hash, command.trigger(),
                importance, policy, now);
        segments.add(segment);
        caused.add(new RecordingsEvent.SegmentRegistered(segment.id(), segment.camera(), segment.keepUntil(), now));
        return segment;
    }

    // ---- RET-08: policies

    @Override
    public RetentionPolicy adopt(AdoptRetentionPolicy.Command command) {
        validation.valid(command);
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.ADOPT_POLICY, "adopt a retention policy");
        return transactions.inTransaction(() -> {
            policies.adopt(command.policy(), clock.instant());
            events.publish(new RecordingsEvent.RetentionPolicyAdopted(command.policy().name(), actor.id(), clock.instant()));
            return command.policy();
        });
    }

    // ---- RET-04, RET-09: holds

    @Override
    public PlaceHold.Placement place(PlaceHold.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> placeValid(command));
    }

    /** Places a valid hold; runs inside the unit of work, so the hold's id comes from the runtime's id source. */
    private PlaceHold.Placement placeValid(PlaceHold.Command command) {
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.PLACE_HOLD, "place a hold on footage");
        Instant now = clock.instant();
        TimeRange range = new TimeRange(command.start(), command.end());
        Hold hold;
        if (command.kind() == HoldKind.LEGAL_HOLD) {
            hold = Hold.legalHold(command.cameras(), range, command.reason(), command.caseId(), command.incident(),
                    command.note(), actor.id(), now);
        } else {
            if (!command.expiresAt().isAfter(now)) {
                throw new InvalidCommand(CommandValidation.nameOf(command), List.of(new InvalidCommand.FieldError("expiresAt",
                        "must be after now, " + WHEN.format(now))));
            }
            hold = Hold.evidenceLock(command.mode(), command.cameras(), range, command.reason(), command.caseId(),
                    command.incident(), command.note(), actor.id(), now, command.expiresAt());
        }
        return transactions.inTransaction(() -> {
            holds.lockProtection(hold.cameras());
            Hold stored = holds.save(hold);
            List<SegmentId> claimed = new ArrayList<>();
            List<SegmentId> destroyed = new ArrayList<>();
            for (CameraId camera : stored.cameras().stream().sorted(Comparator.comparing(CameraId::value)).toList()) {
                for (DestructionRecord r : records.covering(camera, stored.range())) {
                    if (r.stage() == DestructionRecord.Stage.CLAIMED) {
                        claimed.add(r.segment());
                    } else if (r.stage() == DestructionRecord.Stage.DONE) {
                        destroyed.add(r.segment());
                    }
                }
            }
            events.publish(new RecordingsEvent.HoldPlaced(stored.id(), stored.kind(), stored.cameras(), stored.range(), actor.id(), now));
            return new PlaceHold.Placement(stored, claimed, destroyed);
        });
    }

    @Override
    public Hold extend(Extend command) {
        validation.valid(command);
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.PLACE_HOLD, "extend a hold");
        return changeHold(command.hold(), "Extend", h -> h.extend(command.newExpiry(), actor.id(), clock.instant()));
    }

    @Override
    public Hold shorten(Shorten command) {
        validation.valid(command);
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.RELEASE_HOLD, "shorten an evidence lock");
        return changeHold(command.hold(), "Shorten", h -> h.shorten(command.newExpiry(), actor.id(), command.reason(), clock.instant()));
    }

    @Override
    public Hold release(Release command) {
        validation.valid(command);
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.RELEASE_HOLD, "release a hold");
        return changeHold(command.hold(), "Release", h -> h.release(actor.id(), command.reason(), clock.instant()));
    }

    private Hold changeHold(io.watchfloor.recordings.HoldId id, String commandName, java.util.function.Function<Hold, Hold.Changed> change) {
        return transactions.inTransaction(() -> {
            Hold.Changed changed;
            try {
                changed = change.apply(holds.get(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidCommand(commandName, List.of(new InvalidCommand.FieldError("newExpiry", e.getMessage())));
            }
            Hold stored = holds.save(changed.hold());
            events.publish(changed.event());
            return stored;
        });
    }

    // ---- RET-05: backups

    @Override
    public Backup register(RegisterBackup.Command command) {
        validation.valid(command);
        return transactions.inTransaction(() -> registerValid(command));
    }

    /** Registers a valid backup; runs inside the unit of work, so the backup's id comes from the runtime's id source. */
    private Backup registerValid(RegisterBackup.Command command) {
        Person operator = people.get(command.operator());
        operator.requireAnyRole(RetentionAuthority.REGISTER_BACKUP, "register a backup copy");
        Instant now = clock.instant();
        if (command.madeAt().isAfter(now)) {
            throw new InvalidCommand(CommandValidation.nameOf(command), List.of(new InvalidCommand.FieldError("madeAt",
                    "must not be after now, " + WHEN.format(now))));
        }
        if (command.hold() != null) {
            holds.get(command.hold());
        }
        Backup backup = new Backup(BackupId.newId(), command.cameras(), new TimeRange(command.start(), command.end()),
                command.reason(), command.location(), operator.id(), command.madeAt(), command.hold(), now);
        return transactions.inTransaction(() -> {
            backups.add(backup);
            events.publish(new RecordingsEvent.BackupRegistered(backup.id(), operator.id(), now));
            return backup;
        });
    }

    // ---- RET-03, RET-06, RET-09: the sweep

    private RetentionPlanner planner(Instant at, RetentionPolicy policy) {
        return RetentionPlanner.at(at, policy, holds.unreleased(), references.open());
    }

    /** Counts what a run of destructions did. */
    private static final class Tally {
        int destroyed;
        int failed;
        int resumed;
        int withdrawn;
        int spared;
        long bytesFreed;
        final List<SegmentId> done = new ArrayList<>();
    }

    @Override
    public SweepReport sweep(SweepRetention.Command command) {
        validation.valid(command);
        Instant at = clock.instant();
        RetentionPolicy policy = policies.current();
        int batchSize = command.batchSize() != null ? command.batchSize() : policy.sweepBatchSize();
        Tally tally = new Tally();
        Set<SegmentId> stillPending = resumePending(at, tally);
        int withdrawnOnResume = tally.withdrawn;
        RetentionPlanner planner = planner(at, policy);
        long decided = 0;
        long kept = 0;
        SegmentId cursor = null;
        while (true) {
            List<Segment> page = segments.after(cursor, batchSize);
            if (page.isEmpty()) {
                break;
            }
            cursor = page.get(page.size() - 1).id();
            List<Segment> doomed = new ArrayList<>();
            for (Segment segment : page) {
                decided++;
                if (stillPending.contains(segment.id())) {
                    continue;
                }
                if (planner.decide(segment) instanceof Decision.Destroy) {
                    doomed.add(segment);
                } else {
                    kept++;
                }
            }
            destroy(doomed, policy.name(), DestructionCause.PAST_MAXIMUM, null, "", at, tally);
        }
        long keptAfterAll = kept + tally.spared + (tally.withdrawn - withdrawnOnResume);
        return new SweepReport(at, decided, tally.destroyed, keptAfterAll, tally.failed, tally.resumed, tally.withdrawn);
    }

    /**
     * Carries on the destructions an interrupted or failed run left unfinished, each by the same claim
     * as a new one: a claimed record whose media is gone is completed (its deletion was judged at its
     * claim); any other is claimed again, which checks its protection as it stands now and withdraws it
     * when the footage became protected. Returns the segments whose records are still unfinished.
     */
    private Set<SegmentId> resumePending(Instant at, Tally tally) {
        Set<SegmentId> stillPending = new HashSet<>();
        for (DestructionRecord unfinished : records.pending()) {
            int before = tally.destroyed;
            if (unfinished.stage() == DestructionRecord.Stage.CLAIMED && !store.contains(unfinished.location())) {
                complete(unfinished, at, tally);
            } else {
                carryOut(unfinished, at, tally);
            }
            if (tally.destroyed > before) {
                tally.resumed++;
            } else if (records.find(unfinished.id()).map(r -> r.stage().isUnfinished()).orElse(false)) {
                stillPending.add(unfinished.segment());
            }
        }
        return stillPending;
    }

    /**
     * Records each destruction as pending in one unit of work, then carries each out by its own claim
     * ({@link #carryOut}). The pending records are written only for segments still unprotected by the
     * holds and references stored now; segments spared so are counted in {@code tally.spared}.
     */
    private void destroy(List<Segment> candidates, String policy, DestructionCause cause, PersonId orderedBy, String note,
                         Instant at, Tally tally) {
        if (candidates.isEmpty()) {
            return;
        }
        List<DestructionRecord> pending = transactions.inTransaction(() -> {
            List<Segment> doomed = stillUnprotected(candidates, at);
            tally.spared += candidates.size() - doomed.size();
            List<DestructionRecord> begun = new ArrayList<>(doomed.size());
            for (Segment segment : doomed) {
                DestructionRecord record = DestructionRecord.pending(segment, policy, cause, orderedBy, note, at);
                records.begin(record);
                begun.add(record);
            }
            return begun;
        });
        for (DestructionRecord record : pending) {
            carryOut(record, at, tally);
        }
    }

    /** The segments that nothing protects at {@code at}, by the holds and open references stored now. */
    private List<Segment> stillUnprotected(List<Segment> segments, Instant at) {
        Map<CameraId, List<Hold>> holdsByCamera = new LinkedHashMap<>();
        for (Segment segment : segments) {
            holdsByCamera.computeIfAbsent(segment.camera(), holds::on);
        }
        List<Hold> current = holdsByCamera.values().stream().flatMap(List::stream).distinct().toList();
        ProtectionIndex index = ProtectionIndex.of(current, references.open(), at);
        return segments.stream()
                .filter(s -> s.retentionEndedAt(at) && !index.protects(s.camera(), s.range()))
                .toList();
    }

    /**
     * Claims the destruction, deletes the media, completes the record. The claim is its own unit of work:
     * it takes the protection lock of the segment's camera (which placing a hold also takes), checks the
     * segment against the holds and references stored now, and only then moves the record to claimed;
     * protected footage is withdrawn instead and its media never touched (RET-03, RET-04, RET-06).
     * A store failure gives the claim back (pending again); the next run claims it again, checking again.
     */
    private void carryOut(DestructionRecord record, Instant at, Tally tally) {
        DestructionRecord claimed = transactions.inTransaction(() -> claim(record, at));
        if (claimed.stage() == DestructionRecord.Stage.WITHDRAWN) {
            tally.withdrawn++;
            return;
        }
        try {
            store.delete(claimed.location());
        } catch (RuntimeException e) {
            tally.failed++;
            transactions.run(() -> {
                records.unclaim(claimed.unclaimed(at));
                events.publish(new RecordingsEvent.DestructionFailed(claimed.segment(), claimed.id(), String.valueOf(e.getMessage()), at));
            });
            return;
        }
        complete(claimed, at, tally);
    }

    /** In the caller's unit of work: the claimed record, or the withdrawn one when the footage is protected or gone. */
    private DestructionRecord claim(DestructionRecord record, Instant at) {
        holds.lockProtection(Set.of(record.camera()));
        DestructionRecord stored = records.find(record.id()).orElse(record);
        if (!stored.stage().isUnfinished()) {
            throw new ConcurrentModification("destruction record " + record.id() + " is already " + stored.stage());
        }
        Optional<Segment> segment = segments.find(record.segment());
        String why = segment.isEmpty() ? "the segment is no longer listed"
                : !segment.get().retentionEndedAt(at) ? "its retention has not ended"
                : protectedNow(segment.get(), at) ? "the footage became protected before its media was deleted"
                : null;
        if (why != null) {
            DestructionRecord withdrawn = stored.withdrawn(at);
            records.conclude(withdrawn);
            events.publish(new RecordingsEvent.DestructionWithdrawn(record.segment(), record.id(), why, at));
            return withdrawn;
        }
        DestructionRecord claimed = stored.claimed(at);
        records.claim(claimed);
        return claimed;
    }

    /** Whether a hold in force at {@code at} or an open reference covers {@code segment}, as stored now. */
    private boolean protectedNow(Segment segment, Instant at) {
        List<EvidenceReference> onCamera = references.open().stream().filter(r -> r.camera().equals(segment.camera())).toList();
        return ProtectionIndex.of(holds.on(segment.camera()), onCamera, at).protects(segment.camera(), segment.range());
    }

    private void complete(DestructionRecord claimed, Instant at, Tally tally) {
        transactions.run(() -> {
            records.conclude(claimed.done(at));
            segments.remove(claimed.segment());
            events.publish(new RecordingsEvent.SegmentDestroyed(claimed.segment(), claimed.camera(), claimed.id(), claimed.cause(), at));
        });
        tally.destroyed++;
        tally.bytesFreed += claimed.sizeBytes();
        tally.done.add(claimed.segment());
    }

    // ---- RET-07, RET-10: storage pressure

    @Override
    public StoragePressure relieve(RelieveStoragePressure.Command command) {
        validation.valid(command);
        Instant at = clock.instant();
        RetentionPolicy policy = policies.current();
        Map<CameraId, ZoneImportance> importance = new LinkedHashMap<>();
        command.bytesPerDay().keySet().stream().sorted(Comparator.comparing(CameraId::value))
                .forEach(c -> importance.put(c, zones.importanceOf(c).orElseThrow(() -> new NotFound("camera", c))));
        BigInteger totalRate = command.bytesPerDay().values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        long required = ceilDiv(totalRate.multiply(BigInteger.valueOf(policy.headroom().toSeconds())), SECONDS_PER_DAY);
        long needed = Math.max(0, required - command.freeBytes());

        List<Segment> inArea = segments.in(command.area());
        long used = inArea.stream().mapToLong(Segment::sizeBytes).reduce(0, RecordingsService::saturated);
        Tally tally = new Tally();
        List<Segment> chosen = new ArrayList<>();
        if (needed > 0) {
            RetentionPlanner planner = planner(at, policy);
            Set<SegmentId> pending = new HashSet<>();
            records.pending().forEach(r -> pending.add(r.segment()));
            long planned = 0;
            for (Segment candidate : overwriteOrder(inArea, planner, pending)) {
                if (planned >= needed) {
                    break;
                }
                chosen.add(candidate);
                planned += candidate.sizeBytes();
            }
            destroy(chosen, policy.name(), DestructionCause.CAPACITY_OVERWRITE, null, "storage pressure on " + command.area(), at, tally);
            if (tally.destroyed > 0) {
                transactions.run(() -> events.publish(new RecordingsEvent.StorageOverwritten(command.area(), tally.destroyed, tally.bytesFreed, at)));
            }
        }
        long shortBytes = Math.max(0, needed - tally.bytesFreed);
        RecordingsEvent.RetentionAtRisk alarm = assess(command, policy, importance, saturated(used, command.freeBytes()),
                saturated(command.freeBytes(), tally.bytesFreed), shortBytes, at);
        return new StoragePressure(command.area(), needed, tally.bytesFreed, tally.done, tally.failed, alarm);
    }

    /** The eligible segments of an area in the order loop overwrite takes them: oldest first, then least important. */
    private static List<Segment> overwriteOrder(List<Segment> inArea, RetentionPlanner planner, Set<SegmentId> pending) {
        return inArea.stream()
                .filter(s -> !pending.contains(s.id()) && !planner.isProtected(s))
                .sorted(Comparator.comparing((Segment s) -> s.range().start())
                        .thenComparing(Segment::importance)
                        .thenComparing(s -> s.id().value()))
                .toList();
    }

    /**
     * Decides whether the area can keep every camera's minimum retention; if not, applies the policy's
     * choice and raises one alarm. The area holds {@code capacity / total rate} days of recording; a
     * camera whose minimum is longer has the difference at risk; when space is short even so, every
     * camera has the days of recording the shortfall amounts to at risk.
     */
    private RecordingsEvent.RetentionAtRisk assess(RelieveStoragePressure.Command command, RetentionPolicy policy,
                                                   Map<CameraId, ZoneImportance> importance, long capacity, long freeAfter,
                                                   long shortBytes, Instant at) {
        Map<CameraId, Long> rates = new LinkedHashMap<>();
        importance.keySet().forEach(c -> rates.put(c, command.bytesPerDay().get(c)));
        Map<CameraId, Integer> atRisk = daysAtRisk(rates, importance, policy, capacity, shortBytes);
        if (atRisk.isEmpty() && shortBytes == 0) {
            return null;
        }
        Set<CameraId> stopped = new LinkedHashSet<>();
        if (policy.onShortage() == ShortageChoice.STOP_LEAST_IMPORTANT_CAMERAS) {
            List<CameraId> ordinary = rates.keySet().stream()
                    .filter(c -> importance.get(c) == ZoneImportance.ORDINARY && rates.get(c) > 0)
                    .sorted(Comparator.comparing((CameraId c) -> rates.get(c)).reversed().thenComparing(CameraId::value))
                    .toList();
            Map<CameraId, Long> remaining = new LinkedHashMap<>(rates);
            for (CameraId camera : ordinary) {
                if (fits(remaining, importance, policy, capacity, freeAfter)) {
                    break;
                }
                remaining.remove(camera);
                stopped.add(camera);
            }
            for (CameraId camera : stopped) {
                control.stopRecording(camera, "RET-10: storage area " + command.area() + " cannot keep the minimum retention");
            }
            rates.keySet().retainAll(remaining.keySet());
        }
        long rateAfter = totalOf(rates);
        Instant fullAt = rateAfter == 0 ? null
                : at.plusSeconds(BigInteger.valueOf(freeAfter).multiply(BigInteger.valueOf(SECONDS_PER_DAY))
                        .divide(BigInteger.valueOf(rateAfter)).min(BigInteger.valueOf(Duration.ofDays(365L * 1000).toSeconds())).longValueExact());
        RecordingsEvent.RetentionAtRisk alarm = new RecordingsEvent.RetentionAtRisk(command.area(), atRisk, fullAt,
                policy.onShortage(), stopped, shortBytes, at);
        transactions.run(() -> {
            stopped.forEach(c -> events.publish(new RecordingsEvent.RecordingStopped(c, command.area(), at)));
            events.publish(alarm);
        });
        return alarm;
    }

    private static Map<CameraId, Integer> daysAtRisk(Map<CameraId, Long> rates, Map<CameraId, ZoneImportance> importance,
                                                     RetentionPolicy policy, long capacity, long shortBytes) {
        long totalRate = totalOf(rates);
        Map<CameraId, Integer> atRisk = new LinkedHashMap<>();
        if (totalRate == 0) {
            return atRisk;
        }
        double daysFit = (double) capacity / totalRate;
        rates.forEach((camera, rate) -> {
            if (rate == 0) {
                return;
            }
            double minimumDays = policy.minimumFor(camera, importance.get(camera), Trigger.CONTINUOUS).toSeconds() / (double) SECONDS_PER_DAY;
            if (minimumDays > daysFit) {
                atRisk.put(camera, (int) Math.ceil(minimumDays - daysFit));
            }
        });
        if (atRisk.isEmpty() && shortBytes > 0) {
            int days = (int) Math.max(1, ceilDiv(BigInteger.valueOf(shortBytes), totalRate));
            rates.forEach((camera, rate) -> {
                if (rate > 0) {
                    atRisk.put(camera, days);
                }
            });
        }
        return atRisk;
    }

    private static boolean fits(Map<CameraId, Long> rates, Map<CameraId, ZoneImportance> importance, RetentionPolicy policy,
                                long capacity, long freeAfter) {
        long totalRate = totalOf(rates);
        long required = ceilDiv(BigInteger.valueOf(totalRate).multiply(BigInteger.valueOf(policy.headroom().toSeconds())), SECONDS_PER_DAY);
        return required <= freeAfter && daysAtRisk(rates, importance, policy, capacity, 0).isEmpty();
    }

    /**
     * Byte counts and rates saturate at {@link Long#MAX_VALUE} instead of overflowing: a camera that
     * reports an absurd rate still gets its area judged, and the RET-10 alarm raised.
     */
    private static long saturated(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long totalOf(Map<CameraId, Long> rates) {
        return rates.values().stream().mapToLong(Long::longValue).reduce(0, RecordingsService::saturated);
    }

    private static long ceilDiv(BigInteger value, long divisor) {
        BigInteger[] qr = value.divideAndRemainder(BigInteger.valueOf(divisor));
        BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return q.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    // ---- manual deletion and erasure requests

    @Override
    public DestructionRecord destroy(DestroySegment.Command command) {
        validation.valid(command);
        Person actor = people.get(command.actor());
        actor.requireAnyRole(RetentionAuthority.DESTROY, "order the destruction of footage");
        Instant at = clock.instant();
        Segment segment = segments.get(command.segment());
        var underWay = records.of(segment.id()).stream().filter(r -> r.stage().isUnfinished()).findFirst();
        if (underWay.isPresent()) {
            throw new RuleViolation("RET-06", "the destruction of segment " + segment.id() + " is already under way (record "
                    + underWay.get().id() + ", " + underWay.get().stage().name().toLowerCase() + " since "
                    + WHEN.format(underWay.get().stageAt()) + "); one destruction, one record: the next sweep carries it on");
        }
        RetentionPolicy policy = policies.current();
        Decision decision = planner(at, policy).decide(segment);
        if (decision instanceof Decision.Keep keep && keep.isProtected()) {
            throw refusal(segment, keep.reasons().stream().filter(Decision.Reason::protects).findFirst().orElseThrow());
        }
        Tally tally = new Tally();
        destroy(List.of(segment), policy.name(), command.cause(), actor.id(), command.reason(), at, tally);
        if (tally.spared > 0 || tally.withdrawn > 0) {
            throw new ConcurrentModification("segment " + segment.id() + " became protected while its destruction was being recorded;"
                    + " nothing was deleted");
        }
        List<DestructionRecord> recorded = records.of(segment.id());
        return recorded.get(recorded.size() - 1);
    }

    private static RuleViolation refusal(Segment segment, Decision.Reason reason) {
        String what = "segment " + segment.id() + " of camera " + segment.camera() + " (" + WHEN.format(segment.range().start())
                + " to " + WHEN.format(segment.range().end()) + ")";
        if (reason instanceof Decision.RetentionRunning r) {
            return new RuleViolation("RET-03", what + " is kept until " + WHEN.format(r.until())
                    + "; no footage is deleted before its retention ends");
        }
        if (reason instanceof Decision.Held h) {
            return new RuleViolation("RET-04", what + " is held by " + h.description());
        }
        if (reason instanceof Decision.Referenced r) {
            return new RuleViolation("RET-06", what + " is referred to by " + r.reference().describe());
        }
        throw new IllegalStateException("not a protecting reason: " + reason);
    }

    // ---- the footage query

    @Override
    public List<Footage> find(Query query) {
        validation.valid(query);
        if (zones.importanceOf(query.camera()).isEmpty()) {
            throw new NotFound("camera", query.camera());
        }
        Instant at = clock.instant();
        RetentionPlanner planner = planner(at, policies.current());
        return segments.of(query.camera(), new TimeRange(query.from(), query.to())).stream()
                .map(s -> new Footage(s, planner.decide(s)))
                .toList();
    }
}
