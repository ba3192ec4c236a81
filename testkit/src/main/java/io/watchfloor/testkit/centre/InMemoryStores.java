package io.watchfloor.testkit.centre;

import io.watchfloor.access.AccessModule;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.centre.Centre;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shifts.ShiftsStores;
import io.watchfloor.testkit.access.InMemoryAccessLog;
import io.watchfloor.testkit.access.InMemorySignedCheckpoints;
import io.watchfloor.testkit.access.InMemoryAccessRequests;
import io.watchfloor.testkit.access.InMemoryExports;
import io.watchfloor.testkit.access.InMemoryGrants;
import io.watchfloor.testkit.access.InMemoryVisits;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.cases.InMemoryErrorRecords;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.plans.InMemoryActivations;
import io.watchfloor.testkit.plans.InMemoryContingencyPlans;
import io.watchfloor.testkit.recordings.InMemoryBackups;
import io.watchfloor.testkit.recordings.InMemoryDestructionRecords;
import io.watchfloor.testkit.recordings.InMemoryHolds;
import io.watchfloor.testkit.recordings.InMemoryRetentionPolicies;
import io.watchfloor.testkit.recordings.InMemorySegments;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shifts.InMemoryShifts;
import java.util.Objects;

/**
 * Every store of a centre in memory, all undone together by one {@link InMemoryTransactions}. The
 * fields are there for tests to look into; to swap one store for another adapter, override its
 * method: {@code new InMemoryStores(transactions) { public Cases cases() { return mine; } }}.
 */
public class InMemoryStores implements Centre.Stores {

    public final InMemoryTransactions transactions;
    public final InMemoryPeople people;
    public final InMemoryDepartments departments;
    public final InMemoryCases cases;
    public final InMemoryErrorRecords errorRecords;
    public final InMemoryIncidents incidents;
    public final InMemoryContingencyPlans plans;
    public final InMemoryActivations activations;
    public final InMemoryShifts shifts;
    public final InMemoryDeviceStores devices;
    public final InMemorySegments segments;
    public final InMemoryHolds holds;
    public final InMemoryBackups backups;
    public final InMemoryDestructionRecords destructionRecords;
    public final InMemoryRetentionPolicies retentionPolicies;
    public final InMemoryAccessRequests accessRequests;
    public final InMemoryGrants grants;
    public final InMemoryAccessLog accessLog;
    public final InMemorySignedCheckpoints signedCheckpoints;
    public final InMemoryExports exports;
    public final InMemoryVisits visits;

    /** Every store, empty, the retention policy in force the catalogue's (alarm only on shortage). */
    public InMemoryStores(InMemoryTransactions transactions) {
        this(transactions, RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY));
    }

    /** Every store, empty, with {@code retention} the retention policy in force. */
    public InMemoryStores(InMemoryTransactions transactions, RetentionPolicy retention) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        people = new InMemoryPeople(transactions);
        departments = new InMemoryDepartments(transactions);
        cases = new InMemoryCases(transactions);
        errorRecords = new InMemoryErrorRecords(transactions);
        incidents = new InMemoryIncidents(transactions);
        plans = new InMemoryContingencyPlans(transactions);
        activations = new InMemoryActivations(transactions);
        shifts = InMemoryShifts.create(transactions);
        devices = new InMemoryDeviceStores(transactions);
        segments = new InMemorySegments(transactions);
        holds = new InMemoryHolds(transactions);
        backups = new InMemoryBackups(transactions);
        destructionRecords = new InMemoryDestructionRecords(transactions);
        retentionPolicies = new InMemoryRetentionPolicies(transactions, retention);
        accessRequests = new InMemoryAccessRequests(transactions);
        grants = new InMemoryGrants(transactions);
        accessLog = new InMemoryAccessLog(transactions);
        signedCheckpoints = new InMemorySignedCheckpoints(transactions);
        exports = new InMemoryExports(transactions);
        visits = new InMemoryVisits(transactions);
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public Departments departments() {
        return departments;
    }

    @Override
    public Cases cases() {
        return cases;
    }

    @Override
    public ErrorRecords errorRecords() {
        return errorRecords;
    }

    @Override
    public Incidents incidents() {
        return incidents;
    }

    @Override
    public ContingencyPlans plans() {
        return plans;
    }

    @Override
    public Activations activations() {
        return activations;
    }

    @Override
    public ShiftsStores shifts() {
        return shifts.stores();
    }

    @Override
    public DevicesModule.Stores devices() {
        return devices.stores();
    }

    @Override
    public Segments segments() {
        return segments;
    }

    @Override
    public Holds holds() {
        return holds;
    }

    @Override
    public Backups backups() {
        return backups;
    }

    @Override
    public DestructionRecords destructionRecords() {
        return destructionRecords;
    }

    @Override
    public RetentionPolicies retentionPolicies() {
        return retentionPolicies;
    }

    @Override
    public AccessModule.Stores access() {
        return new AccessModule.Stores(accessRequests, grants, accessLog, exports, visits, signedCheckpoints);
    }
}
