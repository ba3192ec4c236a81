package io.watchfloor.shared;

import java.time.Instant;

/**
 * Something that happened in the centre, in the past tense. Each context has one sealed interface of
 * events extending this one; events carry ids, never other contexts' objects.
 */
public interface DomainEvent {

    /** {@return when it happened in the centre (for a timer, the deadline itself, not when a scheduler noticed)} */
    Instant occurredAt();
}
