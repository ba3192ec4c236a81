package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for footage: their class, name and unit (ACCESS-10 writes both into the access record),
 * the officer's credential number for law enforcement, the person on the staff records where they
 * are one, and the sealed ID number of a private person or data subject (who, for a data subject, is
 * also the person the footage shows). ACCESS-10 tells the requester by the person where known and by
 * the sealed ID number otherwise.
 *
 * @param credentialNumber the law-enforcement officer's credential (证件号), required for {@link RequesterClass#LAW_ENFORCEMENT}, else {@code null}
 * @param staffMember the person on the staff records, required for {@link RequesterClass#STAFF}, else {@code null} or the person
 * @param idNumber the requester's ID number, sealed; required for {@link RequesterClass#PRIVATE_PERSON} and
 *                 {@link RequesterClass#DATA_SUBJECT}, else {@code null} or the number
 */
public record Requester(RequesterClass kind, String name, String unit, String credentialNumber, PersonId staffMember,
                        SealedIdNumber idNumber) {

    public Requester {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a requester needs a name");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a requester needs a unit (organisation or department)");
        }
        if (kind == RequesterClass.LAW_ENFORCEMENT && (credentialNumber == null || credentialNumber.isBlank())) {
            throw new IllegalArgumentException("a law-enforcement requester needs the officer's credential number");
        }
        if (kind == RequesterClass.STAFF && staffMember == null) {
            throw new IllegalArgumentException("a staff requester needs their person id");
        }
        if (needsIdNumber(kind) && idNumber == null) {
            throw new IllegalArgumentException("a requester who is " + kind.title() + " needs their ID number");
        }
    }

    /** A requester without an ID number on the request: staff, law enforcement or another organisation. */
    public Requester(RequesterClass kind, String name, String unit, String credentialNumber, PersonId staffMember) {
        this(kind, name, unit, credentialNumber, staffMember, null);
    }

    /** Whether a requester of {@code kind} must give their ID number: a private person or a data subject. */
    public static boolean needsIdNumber(RequesterClass kind) {
        return kind == RequesterClass.PRIVATE_PERSON || kind == RequesterClass.DATA_SUBJECT;
    }

    /** The sealed ID number, when the request carries one. */
    public Optional<SealedIdNumber> sealedIdNumber() {
        return Optional.ofNullable(idNumber);
    }

    /** A member of staff asking for footage. */
    public static Requester staff(PersonId person, String name, String unit) {
        return new Requester(RequesterClass.STAFF, name, unit, null, person);
    }

    /** A police or administrative law-enforcement officer, with their credential number. */
    public static Requester lawEnforcement(String name, String unit, String credentialNumber) {
        return new Requester(RequesterClass.LAW_ENFORCEMENT, name, unit, credentialNumber, null);
    }

    /** The staff member behind the request, when there is one. */
    public Optional<PersonId> staffMemberId() {
        return Optional.ofNullable(staffMember);
    }

    /** "Name (unit)", with the credential for law enforcement: how the access record names them. */
    public String identity() {
        return name + " (" + unit + (credentialNumber == null ? "" : ", credential " + credentialNumber) + ")";
    }
}
