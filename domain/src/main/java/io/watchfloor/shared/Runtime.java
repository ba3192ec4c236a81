package io.watchfloor.shared;

import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * What every context runs on, whatever its ports: the centre's {@link Clock}, the Bean Validation
 * {@link Validator}, the {@link Transactions} port, the {@link EventSink} events go to after commit, and
 * the {@link IdSource} new ids come from. Each module is made with
 * {@code XModule.create(XModule.Ports ports, Runtime runtime)}; the modules of one centre share one
 * runtime, and so one {@link UnitOfWork}.
 */
public final class Runtime {

    private final Clock clock;
    private final Validator validator;
    private final Transactions transactions;
    private final EventSink events;
    private final IdSource ids;
    private final UnitOfWork unitOfWork;

    private Runtime(Clock clock, Validator validator, Transactions transactions, EventSink events, IdSource ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.unitOfWork = new UnitOfWork(transactions, events, new CommandValidation(validator), ids);
    }

    /** A runtime whose ids come from {@code ids}. */
    public static Runtime of(Clock clock, Validator validator, Transactions transactions, EventSink events, IdSource ids) {
        return new Runtime(clock, validator, transactions, events, ids);
    }

    /** A runtime whose ids are timed by {@code clock} and drawn from {@code seed}: the same seed, the same ids. */
    public static Runtime seeded(Clock clock, Validator validator, Transactions transactions, EventSink events, long seed) {
        return new Runtime(clock, validator, transactions, events, IdSource.seeded(clock, seed));
    }

    /** A runtime whose ids are timed by {@code clock} with a fresh random seed. */
    public static Runtime of(Clock clock, Validator validator, Transactions transactions, EventSink events) {
        return new Runtime(clock, validator, transactions, events, IdSource.random(clock));
    }

    public Clock clock() {
        return clock;
    }

    public Validator validator() {
        return validator;
    }

    /** The transactions port itself; use cases run through {@link #unitOfWork()} instead. */
    public Transactions transactions() {
        return transactions;
    }

    /** The sink events reach once their unit of work committed; use cases publish to {@code unitOfWork().events()}. */
    public EventSink events() {
        return events;
    }

    public IdSource ids() {
        return ids;
    }

    /** The one unit of work of this runtime, shared by every module made with it. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
