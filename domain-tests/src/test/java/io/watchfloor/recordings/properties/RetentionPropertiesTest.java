package io.watchfloor.recordings.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.port.in.DestroySegment;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.recordings.RecordingsGens;
import io.watchfloor.testkit.recordings.RecordingsGens.Built;
import io.watchfloor.testkit.recordings.RecordingsGens.World;
import io.watchfloor.testkit.recordings.RetentionLaws;
import io.watchfloor.testkit.recordings.SimulatedCrash;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The retention laws over random worlds and random sequences of everything that can destroy footage:
 * sweeps in any batch size with the clock jumping back and forth, storage pressure, manual deletions,
 * erasure requests, a store that fails and a process that crashes right after deleting media.
 */
@DisplayName("Retention laws over random worlds (properties)")
class RetentionPropertiesTest {

    /** 10,000 by default; {@code -Dwatchfloor.tries=N} sets another number. */
    static final int TRIES = DestructionInterleavingPropertiesTest.tries();

    /** Something that can destroy footage, or disturb the destruction. */
    sealed interface Step permits Sweep, Pressure, Destroy, Crash, Fail {
    }

    record Sweep(int hour, int batch) implements Step {
    }

    record Pressure(int hour, int area, long free, long rate) implements Step {
    }

    record Destroy(int hour, int segment, boolean erasure) implements Step {
    }

    record Crash(int after) implements Step {
    }

    record Fail(boolean failing) implements Step {
    }

    static Gen<Step> steps() {
        Gen<Integer> hours = Gens.integers(0, RecordingsGens.HORIZON_HOURS);
        return Gens.frequency(
                Gens.weighted(4, source -> new Sweep(source.draw(hours), source.draw(Gens.integers(1, 4)))),
                Gens.weighted(3, source -> new Pressure(source.draw(hours), source.draw(Gens.integers(0, 1)),
                        source.draw(Gens.longs(0, 300)), source.draw(Gens.longs(0, 200)))),
                Gens.weighted(3, source -> new Destroy(source.draw(hours), source.draw(Gens.integers(0, RecordingsGens.MAX_SEGMENTS - 1)),
                        source.draw(Gens.booleans()))),
                Gens.weighted(1, source -> new Crash(source.draw(Gens.integers(1, 3)))),
                Gens.weighted(1, source -> new Fail(source.draw(Gens.booleans()))));
    }

    /** Runs the steps, swallowing refusals and simulated crashes as a centre would restart after them. */
    static void play(Built built, List<Step> steps) {
        RecordingsFixture f = built.fixture();
        for (Step step : steps) {
            try {
                if (step instanceof Sweep s) {
                    f.clock.set(RecordingsGens.hour(s.hour()));
                    f.module.sweepRetention().sweep(new SweepRetention.Command(s.batch()));
                } else if (step instanceof Pressure p) {
                    f.clock.set(RecordingsGens.hour(p.hour()));
                    StorageArea area = RecordingsGens.AREAS.get(p.area());
                    Map<CameraId, Long> rates = new LinkedHashMap<>();
                    for (int c = 0; c < built.world().cameras().size(); c++) {
                        if (built.world().cameras().get(c).area().equals(area)) {
                            rates.put(RecordingsGens.camera(c), p.rate());
                        }
                    }
                    f.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(area, p.free(), rates));
                } else if (step instanceof Destroy d) {
                    if (d.segment() < built.segments().size()) {
                        f.clock.set(RecordingsGens.hour(d.hour()));
                        f.module.destroySegment().destroy(new DestroySegment.Command(f.security.id(), built.segments().get(d.segment()).id(),
                                d.erasure() ? DestructionCause.ERASURE_REQUEST : DestructionCause.MANUAL, "property"));
                    }
                } else if (step instanceof Crash c) {
                    f.store.crashAfter(c.after());
                } else if (step instanceof Fail x) {
                    f.store.failDeletes(location -> x.failing());
                }
            } catch (RuleViolation | NotFound | ConcurrentModification | SimulatedCrash refusedOrCrashed) {
                Property.classify(refusedOrCrashed instanceof SimulatedCrash, "crashed");
                Property.classify(refusedOrCrashed instanceof RuleViolation, "refused");
            }
        }
    }

    /** Heals the store and runs one last sweep at {@code at}, as the next night would. */
    static void heal(RecordingsFixture f, Instant at) {
        f.store.crashAfter(0);
        f.store.failDeletes(location -> false);
        f.clock.set(at);
        f.module.sweepRetention().sweep(SweepRetention.Command.standard());
    }

    static Gen<List<Step>> stepLists() {
        return Gens.lists(steps(), 0, 8);
    }

    @Test
    @Tag("RET-03")
    @DisplayName("no segment is destroyed before its retention ends, on any path, whatever the clock does")
    void nothingBeforeRetentionEnds() {
        Property.forAll(RecordingsGens.worlds(), stepLists(), RecordingsGens.instants()).tries(TRIES)
                .named("RET-03 no destruction before keep-until")
                .check((world, steps, last) -> {
                    Built built = world.build();
                    play(built, steps);
                    heal(built.fixture(), last);
                    RetentionLaws.nothingProtectedWasDeleted(built.fixture(), built.segments());
                    Property.classify(!built.fixture().store.deleted().isEmpty(), "destroyed something");
                });
    }

    @Test
    @Tag("RET-04")
    @DisplayName("no held segment and no segment referenced by an open case is destroyed, and every destruction has exactly one record")
    void heldAndReferencedNeverDestroyedOneRecordEach() {
        Property.forAll(RecordingsGens.worlds(), stepLists(), RecordingsGens.instants()).tries(TRIES)
                .named("RET-04/RET-06 protected footage kept, one record per destruction")
                .check((world, steps, last) -> {
                    Built built = world.build();
                    play(built, steps);
                    heal(built.fixture(), last);
                    RetentionLaws.nothingProtectedWasDeleted(built.fixture(), built.segments());
                    RetentionLaws.everyDestructionHasExactlyOneRecord(built.fixture(), built.segments());
                    Property.classify(!built.holds().isEmpty() && !built.fixture().store.deleted().isEmpty(), "holds and destructions");
                });
    }

    @Test
    @Tag("RET-06")
    @DisplayName("a sweep interrupted at any point and run again never leaves media deleted without its record")
    void crashSafe() {
        Property.forAll(RecordingsGens.worlds(), Gens.integers(1, 6), RecordingsGens.instants()).tries(TRIES)
                .named("RET-06 crash-safe sweep")
                .check((world, crashAt, at) -> {
                    Built built = world.build();
                    RecordingsFixture f = built.fixture();
                    f.store.crashAfter(crashAt);
                    f.clock.set(at);
                    boolean crashed = false;
                    try {
                        f.module.sweepRetention().sweep(SweepRetention.Command.standard());
                    } catch (SimulatedCrash e) {
                        crashed = true;
                        for (var location : f.store.deleted()) {
                            assertTrue(f.records.all().stream().anyMatch(r -> r.location().equals(location)),
                                    "media at " + location + " deleted without a record");
                        }
                    }
                    Property.classify(crashed, "crashed mid-sweep");
                    heal(f, at);
                    RetentionLaws.everyDestructionHasExactlyOneRecord(f, built.segments());
                    RetentionLaws.nothingProtectedWasDeleted(f, built.segments());
                    RetentionLaws.sweepLeftNothingPastItsMaximum(f, at);
                });
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a segment past its maximum with no hold is destroyed by the next sweep, and only such segments are")
    void pastMaximumDestroyedByNextSweep() {
        Property.forAll(RecordingsGens.worlds(), RecordingsGens.instants()).tries(TRIES)
                .named("RET-09 next sweep destroys exactly what is past its maximum")
                .check((world, at) -> {
                    Built built = world.build();
                    RecordingsFixture f = built.fixture();
                    f.clock.set(at);
                    f.module.sweepRetention().sweep(SweepRetention.Command.standard());
                    for (Segment s : built.segments()) {
                        boolean must = RetentionLaws.sweepMustDestroy(s, at, world.policy(), f.holds.all(), f.references.open());
                        assertEquals(must, f.segments.find(s.id()).isEmpty(), "segment " + s + " at " + at);
                        Property.classify(must, "some segment destroyed");
                    }
                });
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a sweep gives the same result once, twice at the same instant, in other batches, or after a later sweep with the clock moved back")
    void sweepIsDeterministic() {
        Property.forAll(RecordingsGens.worlds(), RecordingsGens.instants(), Gens.integers(1, 5), RecordingsGens.instants()).tries(TRIES)
                .named("RET-09 sweep idempotent and batch-independent")
                .check((world, at, batch, earlier) -> {
                    List<String> once = remainingAfter(world, List.of(new Sweep(hours(at), 1000)));
                    List<String> twice = remainingAfter(world, List.of(new Sweep(hours(at), batch), new Sweep(hours(at), batch)));
                    Instant before = earlier.isBefore(at) ? earlier : at;
                    List<String> backwards = remainingAfter(world, List.of(new Sweep(hours(at), batch), new Sweep(hours(before), 1)));
                    assertEquals(once, twice);
                    assertEquals(once, backwards);
                    Property.classify(once.size() < world.segments().size(), "destroyed something");
                });
    }

    private static int hours(Instant at) {
        return (int) java.time.Duration.between(RecordingsGens.T0, at).toHours();
    }

    private static List<String> remainingAfter(World world, List<Step> steps) {
        Built built = world.build();
        play(built, steps);
        return built.fixture().segments.all().stream().map(s -> s.location().toString()).sorted().toList();
    }

    @Test
    @Tag("RET-07")
    @DisplayName("storage pressure overwrites only eligible footage of its own area, oldest first, never more than needed")
    void pressureNeverProtectedNeverMoreThanNeeded() {
        Property.forAll(RecordingsGens.worlds(), RecordingsGens.instants(), Gens.longs(0, 300), Gens.longs(0, 200)).tries(TRIES)
                .named("RET-07 loop overwrite")
                .check((world, at, free, rate) -> {
                    Built built = world.build();
                    RecordingsFixture f = built.fixture();
                    f.clock.set(at);
                    StorageArea area = RecordingsGens.AREAS.get(0);
                    Map<CameraId, Long> rates = new LinkedHashMap<>();
                    for (int c = 0; c < world.cameras().size(); c++) {
                        if (world.cameras().get(c).area().equals(area)) {
                            rates.put(RecordingsGens.camera(c), rate);
                        }
                    }
                    var pressure = f.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(area, free, rates));

                    List<Segment> overwritten = built.segments().stream().filter(s -> pressure.overwritten().contains(s.id())).toList();
                    List<Segment> eligibleLeft = f.segments.in(area).stream()
                            .filter(s -> !RetentionLaws.isProtected(s, at, f.holds.all(), f.references.open())).toList();
                    RetentionLaws.nothingProtectedWasDeleted(f, built.segments());
                    assertTrue(overwritten.stream().allMatch(s -> s.area().equals(area)), "only its own area");
                    long freed = overwritten.stream().mapToLong(Segment::sizeBytes).sum();
                    assertEquals(freed, pressure.freedBytes());
                    if (!overwritten.isEmpty()) {
                        Segment lastChosen = built.segments().stream()
                                .filter(s -> s.id().equals(pressure.overwritten().get(pressure.overwritten().size() - 1))).findFirst().orElseThrow();
                        assertTrue(freed - lastChosen.sizeBytes() < pressure.neededBytes(), "never more than needed");
                        Instant newestOverwritten = overwritten.stream().map(s -> s.range().start()).max(Instant::compareTo).orElseThrow();
                        assertTrue(eligibleLeft.stream().noneMatch(s -> s.range().start().isBefore(newestOverwritten)), "oldest first");
                    }
                    if (freed < pressure.neededBytes()) {
                        assertTrue(eligibleLeft.isEmpty(), "short only when nothing eligible is left");
                        assertTrue(pressure.raised().isPresent(), "short means an alarm");
                    }
                    assertEquals(pressure.raised().isPresent() ? 1 : 0,
                            f.events.ofType(io.watchfloor.recordings.RecordingsEvent.RetentionAtRisk.class).size(), "one alarm at most");
                    Property.classify(!overwritten.isEmpty(), "overwrote");
                    Property.classify(pressure.raised().isPresent(), "alarm");
                    Property.classify(f.records.all().stream().allMatch(r -> r.stage() == DestructionRecord.Stage.DONE), "all done");
                });
    }

    @Test
    @Tag("RET-10")
    @DisplayName("when an area cannot keep the minimum, one alarm names the cameras at risk, only ordinary cameras stop, and protected footage stays")
    void shortageRaisesOneAlarmAndKeepsProtectedFootage() {
        Property.forAll(RecordingsGens.worlds(), RecordingsGens.instants(), Gens.longs(0, 300), Gens.longs(0, 200)).tries(TRIES)
                .named("RET-10 shortage choice and alarm")
                .check((world, at, free, rate) -> {
                    Built built = world.build();
                    RecordingsFixture f = built.fixture();
                    f.clock.set(at);
                    StorageArea area = RecordingsGens.AREAS.get(1);
                    Map<CameraId, Long> rates = new LinkedHashMap<>();
                    for (int c = 0; c < world.cameras().size(); c++) {
                        if (world.cameras().get(c).area().equals(area)) {
                            rates.put(RecordingsGens.camera(c), rate);
                        }
                    }
                    var pressure = f.module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(area, free, rates));

                    RetentionLaws.nothingProtectedWasDeleted(f, built.segments());
                    var alarms = f.events.ofType(io.watchfloor.recordings.RecordingsEvent.RetentionAtRisk.class);
                    assertTrue(alarms.size() <= 1, "one alarm at most");
                    boolean short_ = pressure.freedBytes() < pressure.neededBytes();
                    if (short_) {
                        assertEquals(1, alarms.size(), "short of space means an alarm");
                    }
                    alarms.forEach(alarm -> {
                        assertTrue(rates.keySet().containsAll(alarm.daysAtRisk().keySet()), "names only the area's cameras");
                        assertTrue(alarm.daysAtRisk().values().stream().allMatch(d -> d > 0), "days at risk are positive");
                        assertEquals(world.policy().onShortage(), alarm.choice());
                        for (CameraId stopped : alarm.stopped()) {
                            assertEquals(io.watchfloor.shared.ZoneImportance.ORDINARY, f.zones.importanceOf(stopped).orElseThrow(), "only ordinary cameras stop");
                        }
                        if (world.policy().onShortage() == io.watchfloor.recordings.ShortageChoice.ALARM_ONLY) {
                            assertTrue(alarm.stopped().isEmpty(), "alarm only stops nothing");
                        }
                    });
                    assertEquals(alarms.stream().flatMap(a -> a.stopped().stream()).collect(java.util.stream.Collectors.toSet()),
                            f.control.stopped().keySet());
                    Property.classify(!alarms.isEmpty(), "alarm");
                    Property.classify(!f.control.stopped().isEmpty(), "stopped cameras");
                });
    }
}
