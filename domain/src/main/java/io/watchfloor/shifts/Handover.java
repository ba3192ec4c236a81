package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A written handover on a post at the end of a duty (交接班, SHIFT-04, SHIFT-10): the outgoing person
 * writes the situation, pending items (open cases, incidents, the leader's instructions), devices with
 * faults and the equipment issued, and signs first; the incoming person checks, accepts or records
 * discrepancies and signs. Responsibility passes at the incoming signature: until then, including any
 * incident during the handover, it stays with the outgoing shift.
 *
 * <p>Its text is bounded so that a handover stays readable and storable: the situation at most {@link #SITUATION_MAX}
 * characters, each line (instruction, faulty device, equipment, discrepancy) at most {@link #LINE_MAX}, each list at most
 * {@link #ITEMS_MAX} items.
 *
 * @param boundary when the outgoing duty ends and the incoming one starts
 * @param incomingSigned null until the incoming person signs
 */
public record Handover(HandoverId id, Role post, Instant boundary, PersonId outgoing, PersonId incoming, String situation,
                       List<CaseId> openCases, List<IncidentId> incidents, List<String> instructions, List<String> faultyDevices,
                       List<String> equipment, Instant outgoingSigned, List<String> discrepancies, Instant incomingSigned,
                       Version version) {

    /** The longest situation of the shift, in characters. */
    public static final int SITUATION_MAX = 4000;
    /** The longest line of a list (instruction, faulty device, equipment, discrepancy), in characters. */
    public static final int LINE_MAX = 500;
    /** The most items in one list of a handover. */
    public static final int ITEMS_MAX = 100;

    public Handover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(outgoingSigned, "outgoingSigned");
        Objects.requireNonNull(version, "version");
        if (situation == null || situation.isBlank()) {
            throw new IllegalArgumentException("a handover states the situation of the shift");
        }
        if (outgoing.equals(incoming)) {
            throw new IllegalArgumentException("nobody hands over to themselves");
        }
        if (situation.length() > SITUATION_MAX) {
            throw new IllegalArgumentException("a handover's situation is at most " + SITUATION_MAX + " characters");
        }
        openCases = bounded("openCases", openCases);
        incidents = bounded("incidents", incidents);
        instructions = lines("instructions", instructions);
        faultyDevices = lines("faultyDevices", faultyDevices);
        equipment = lines("equipment", equipment);
        discrepancies = lines("discrepancies", discrepancies);
        if (incomingSigned != null && incomingSigned.isBefore(outgoingSigned)) {
            throw new IllegalArgumentException("the outgoing person signs first");
        }
    }

    /** Whether the incoming person signed. */
    public boolean isComplete() {
        return incomingSigned != null;
    }

    /** When the incoming person signed, if they did. */
    public Optional<Instant> takenOverAt() {
        return Optional.ofNullable(incomingSigned);
    }

    /** Who is responsible for the post at {@code at} as far as this handover goes: the outgoing until the incoming signs. */
    public PersonId responsibleAt(Instant at) {
        return incomingSigned != null && !at.isBefore(incomingSigned) ? incoming : outgoing;
    }

    /** The incoming signature at {@code at}, accepting or recording {@code found} discrepancies. */
    public Handover signByIncoming(Instant at, List<String> found) {
        if (isComplete()) {
            throw new IllegalStateException("the handover was already signed at " + incomingSigned);
        }
        return new Handover(id, post, boundary, outgoing, incoming, situation, openCases, incidents, instructions, faultyDevices,
                equipment, outgoingSigned, found, at, version);
    }

    /** The same handover as stored at {@code stored}; used by repository adapters only. */
    public Handover withVersion(Version stored) {
        return new Handover(id, post, boundary, outgoing, incoming, situation, openCases, incidents, instructions, faultyDevices,
                equipment, outgoingSigned, discrepancies, incomingSigned, stored);
    }

    private static <T> List<T> bounded(String field, List<T> items) {
        List<T> copy = List.copyOf(items);
        if (copy.size() > ITEMS_MAX) {
            throw new IllegalArgumentException("a handover's " + field + " hold at most " + ITEMS_MAX + " items, not " + copy.size());
        }
        return copy;
    }

    private static List<String> lines(String field, List<String> lines) {
        List<String> copy = bounded(field, lines);
        if (copy.stream().anyMatch(l -> l.length() > LINE_MAX)) {
            throw new IllegalArgumentException("a line of a handover's " + field + " is at most " + LINE_MAX + " characters");
        }
        return copy;
    }
}
