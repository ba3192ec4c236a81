package io.watchfloor.centre;

import io.watchfloor.access.AccessModule;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.port.out.CheckpointSigner;
import io.watchfloor.access.port.out.Clearances;
import io.watchfloor.access.port.out.StaffIdNumbers;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.access.port.out.Masker;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CasesModule;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.ErrorRecords;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.devices.port.out.CameraGateway;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.port.out.Departments;
import io.watchfloor.people.port.out.People;
import io.watchfloor.plans.PlanPolicy;
import io.watchfloor.plans.PlansModule;
import io.watchfloor.plans.port.out.Activations;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.recordings.port.out.DestructionRecords;
import io.watchfloor.recordings.port.out.Holds;
import io.watchfloor.recordings.port.out.RecordingControl;
import io.watchfloor.recordings.port.out.RecordingStore;
import io.watchfloor.recordings.port.out.RetentionPolicies;
import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.ShiftsModule;
import io.watchfloor.shifts.ShiftsStores;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A whole monitoring centre: the eight contexts over one {@link Runtime}, wired to each other through
 * the bridges of this package. {@code Centre.assemble(stores, equipment, runtime, policies)}; the
 * stores come from an adapter module ({@code InMemoryStores} in testkit, {@code JdbcStores}), the
 * equipment is what the deployment talks to (cameras, video storage, the footage files).
 *
 * <p>Bridges: the people context's duty roster is the rota's shift leader on duty (PEOPLE-03), and
 * there is one people module, whose escalations the cases context uses; access asks the rota who is on
 * duty (ACCESS-09) and the devices archive what a camera is (ACCESS-02); recordings asks the archive
 * each camera's zone importance (RET-02) and the cases context which footage open investigations
 * refer to (RET-06); incidents activate contingency plans (CASE-14).
 */
public final class Centre {

    /** Every store of a centre, one method per outbound store port, as an adapter module gives them. */
    public interface Stores {
        People people();

        Departments departments();

        Cases cases();

        ErrorRecords errorRecords();

        Incidents incidents();

        ContingencyPlans plans();

        Activations activations();

        ShiftsStores shifts();

        DevicesModule.Stores devices();

        Segments segments();

        Holds holds();

        Backups backups();

        DestructionRecords destructionRecords();

        RetentionPolicies retentionPolicies();

        AccessModule.Stores access();
    }

    /**
     * What the centre talks to besides its stores: the cameras, the video storage and recorders,
     * the clearance register, the footage files, the masking tool, the key that seals visitors'
     * ID numbers, the register of staff members' sealed ID numbers (ACCESS-10) and the signer of the
     * access log's checkpoints, whose key never lives with the log (ACCESS-04).
     */
    public record Equipment(CameraGateway cameras, RecordingStore recordingStore, RecordingControl recordingControl,
                            Clearances clearances, FootageArchive footage, Masker masker, IdNumberSeal seal,
                            StaffIdNumbers idNumbers, CheckpointSigner signer) {
        public Equipment {
            Objects.requireNonNull(idNumbers, "idNumbers");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(cameras, "cameras");
            Objects.requireNonNull(recordingStore, "recordingStore");
            Objects.requireNonNull(recordingControl, "recordingControl");
            Objects.requireNonNull(clearances, "clearances");
            Objects.requireNonNull(footage, "footage");
            Objects.requireNonNull(masker, "masker");
            Objects.requireNonNull(seal, "seal");
        }
    }

    /** The policy of each context; {@link #defaults(ZoneId)} gives the catalogue's numbers. */
    public record Policies(CasePolicy cases, RotaPolicy rota, DevicePolicy devices, AccessPolicy access, PlanPolicy plans) {
        public Policies {
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(rota, "rota");
            Objects.requireNonNull(devices, "devices");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(plans, "plans");
        }

        /** The catalogue's policies for a centre in {@code zone}. */
        public static Policies defaults(ZoneId zone) {
            return new Policies(CasePolicy.defaults(), RotaPolicy.defaults(zone), DevicePolicy.DEFAULT, AccessPolicy.defaults(),
                    PlanPolicy.in(zone));
        }

        public Policies withCases(CasePolicy policy) {
            return new Policies(policy, rota, devices, access, plans);
        }

        public Policies withRota(RotaPolicy policy) {
            return new Policies(cases, policy, devices, access, plans);
        }

        public Policies withDevices(DevicePolicy policy) {
            return new Policies(cases, rota, policy, access, plans);
        }

        public Policies withAccess(AccessPolicy policy) {
            return new Policies(cases, rota, devices, policy, plans);
        }
    }

    private final Runtime runtime;
    private final PeopleModule people;
    private final ShiftsModule shifts;
    private final PlansModule plans;
    private final CasesModule cases;
    private final DevicesModule devices;
    private final RecordingsModule recordings;
    private final AccessModule access;

    private Centre(Stores stores, Equipment equipment, Runtime runtime, Policies policies) {
        this.runtime = runtime;
        this.shifts = ShiftsModule.create(new ShiftsModule.Ports(stores.shifts(), new PeopleStaff(stores.people()), policies.rota()), runtime);
        this.people = PeopleModule.create(new PeopleModule.Ports(stores.people(), stores.departments(), shifts.dutyRoster()), runtime);
        this.plans = PlansModule.create(new PlansModule.Ports(stores.plans(), stores.activations(), stores.people(), policies.plans()),
                runtime);
        this.cases = CasesModule.create(new CasesModule.Ports(stores.cases(), stores.errorRecords(), stores.incidents(), stores.people(),
                stores.departments(), people.findEscalationTarget(), plans.gateway(), policies.cases()), runtime);
        this.devices = DevicesModule.create(new DevicesModule.Ports(stores.devices(), equipment.cameras(), stores.people(), policies.devices()),
                runtime);
        this.recordings = RecordingsModule.create(new RecordingsModule.Ports(stores.segments(), stores.holds(), stores.backups(),
                stores.destructionRecords(), stores.retentionPolicies(), new ArchiveCameraZones(stores.devices().devices()),
                new OpenInvestigations(stores.incidents()), equipment.recordingStore(), equipment.recordingControl(), stores.people()),
                runtime);
        this.access = AccessModule.create(new AccessModule.Ports(stores.access(),
                new AccessModule.Gateways(new ArchiveCameraDirectory(stores.devices().devices()), equipment.clearances(),
                        new RotaDutyStatus(shifts.findOnDuty()), equipment.footage(), equipment.masker(),
                        equipment.idNumbers(), equipment.signer()),
                stores.people(), equipment.seal(), policies.access()), runtime);
    }

    /** The eight contexts over {@code stores} and {@code equipment}, running on {@code runtime}, under {@code policies}. */
    public static Centre assemble(Stores stores, Equipment equipment, Runtime runtime, Policies policies) {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(policies, "policies");
        return new Centre(stores, equipment, runtime, policies);
    }

    public Runtime runtime() {
        return runtime;
    }

    public PeopleModule people() {
        return people;
    }

    public ShiftsModule shifts() {
        return shifts;
    }

    public PlansModule plans() {
        return plans;
    }

    public CasesModule cases() {
        return cases;
    }

    public DevicesModule devices() {
        return devices;
    }

    public RecordingsModule recordings() {
        return recordings;
    }

    public AccessModule access() {
        return access;
    }
}
