package io.watchfloor.examples;

import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.Runtime;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The composition root of the example centre: every adapter and module, wired by hand. Runs on the
 * in-memory adapters of testkit until the JDBC adapter exists. A Spring or Quarkus application does
 * the same in its own configuration class, one bean per module.
 */
public final class Centre {

    /** The centre's own time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SettableClock clock;
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordingEventSink events = new RecordingEventSink(transactions);
    private final Validator validator = Validators.validator();
    private final InMemoryPeople people = new InMemoryPeople(transactions);
    private final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    private final Runtime runtime;
    private final PeopleModule peopleModule;
    private final java.util.Map<Class<?>, WeekPart> parts = new java.util.LinkedHashMap<>();

    /** A centre whose clock stands at {@code start}, its ids drawn from {@link DemoWeek#SEED}. */
    public Centre(Instant start) {
        this(start, DemoWeek.SEED);
    }

    /** A centre whose clock stands at {@code start} and whose ids are drawn from {@code seed}: the same seed, the same run. */
    public Centre(Instant start, long seed) {
        this.clock = SettableClock.at(start, ZONE);
        this.runtime = Runtime.seeded(clock, validator, transactions, events, seed);
        this.peopleModule = PeopleModule.create(new PeopleModule.Ports(people, departments, DutyRoster.NOBODY), runtime);
    }

    /** Makes a part of the week findable by the others (for wiring one context's port to another's use case). */
    public void register(WeekPart part) {
        parts.put(part.getClass(), part);
    }

    /** The registered part of this type; throws when the week has none. */
    public <T extends WeekPart> T part(Class<T> type) {
        WeekPart part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("the week has no part " + type.getSimpleName());
        }
        return type.cast(part);
    }

    public SettableClock clock() {
        return clock;
    }

    public RecordingEventSink events() {
        return events;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public Validator validator() {
        return validator;
    }

    /** What every module of the centre runs on: its clock, validator, transactions and events. */
    public Runtime runtime() {
        return runtime;
    }

    public InMemoryPeople people() {
        return people;
    }

    public InMemoryDepartments departments() {
        return departments;
    }

    public PeopleModule peopleModule() {
        return peopleModule;
    }
}
