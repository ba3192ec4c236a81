package io.watchfloor.shared;

import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way every context runs a use case: validate the command, check the actor, run the work as
 * one transaction, and publish the events it caused only after the transaction committed. Work that
 * throws is undone by the {@link Transactions} port and publishes nothing.
 *
 * <p>Use cases hand their events to {@link #events()}, which buffers them in the unit of work open on
 * the calling thread; publishing with no unit open is a programming error and fails loudly. A unit of
 * work started inside another (the cases context activating a plan), even one of another runtime,
 * joins it: its events go out, each to its own sink, when the outermost one commits. New ids made
 * during a unit of work come from the runtime's {@link IdSource}.
 */
public final class UnitOfWork implements Transactions {

    private final Transactions transactions;
    private final EventSink sink;
    private final CommandValidation validation;
    private final IdSource ids;
    private static final ThreadLocal<List<Caused>> OPEN = new ThreadLocal<>();
    private final EventSink buffer = this::buffer;

    UnitOfWork(Transactions transactions, EventSink sink, CommandValidation validation, IdSource ids) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.sink = Objects.requireNonNull(sink, "events");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Validates {@code command} (refusing it with an {@link InvalidCommand} before anything happens),
     * then runs {@code checkActor} and {@code work} as one unit of work.
     */
    public <C, T> T run(C command, Consumer<? super C> checkActor, Supplier<T> work) {
        Objects.requireNonNull(checkActor, "checkActor");
        C valid = validation.valid(command);
        return inTransaction(() -> {
            checkActor.accept(valid);
            return work.get();
        });
    }

    /** Validates {@code command}, then runs {@code work} as one unit of work. */
    public <C, T> T run(C command, Supplier<T> work) {
        return run(command, c -> { }, work);
    }

    /** Runs {@code work} as one unit of work and publishes its events once it committed. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (OPEN.get() != null) {
            return UuidV7.using(ids, () -> transactions.inTransaction(work));
        }
        List<Caused> caused = new ArrayList<>();
        OPEN.set(caused);
        T result;
        try {
            result = UuidV7.using(ids, () -> transactions.inTransaction(work));
        } finally {
            OPEN.remove();
        }
        caused.forEach(Caused::publish);
        return result;
    }

    /** The sink use cases publish to: it keeps each event until the unit of work it belongs to commits. */
    public EventSink events() {
        return buffer;
    }

    /** The command validation of this unit of work, for use cases that check a command before they start one. */
    public CommandValidation validation() {
        return validation;
    }

    private void buffer(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        List<Caused> caused = OPEN.get();
        if (caused == null) {
            throw new IllegalStateException("events are published from inside a unit of work, not directly: " + event);
        }
        caused.add(new Caused(sink, event));
    }

    /** An event waiting for its unit of work to commit, and the sink it goes to then. */
    private record Caused(EventSink sink, DomainEvent event) {
        void publish() {
            sink.publish(event);
        }
    }
}
