package io.watchfloor.access;

import io.watchfloor.access.internal.AccessService;
import io.watchfloor.access.port.in.AuditAccess;
import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.VerifyAccessLog;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.access.port.out.AccessLog;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.access.port.out.CameraDirectory;
import io.watchfloor.access.port.out.CheckpointSigner;
import io.watchfloor.access.port.out.Clearances;
import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.access.port.out.Masker;
import io.watchfloor.access.port.out.SignedCheckpoints;
import io.watchfloor.access.port.out.StaffIdNumbers;
import io.watchfloor.access.port.out.Visits;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the access use cases by hand:
 * {@code AccessModule.create(new AccessModule.Ports(stores, gateways, people, seal, policy), runtime)}.
 */
public final class AccessModule {

    /** The context's own stores. */
    public record Stores(AccessRequests requests, Grants grants, AccessLog log, Exports exports, Visits visits,
                         SignedCheckpoints checkpoints) {
        public Stores {
            Objects.requireNonNull(checkpoints, "checkpoints");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(grants, "grants");
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(exports, "exports");
            Objects.requireNonNull(visits, "visits");
        }
    }

    /** What other contexts and the deployment serve; {@code signer} holds the checkpoint key, never stored with the log. */
    public record Gateways(CameraDirectory cameras, Clearances clearances, DutyStatus duty, FootageArchive archive, Masker masker,
                           StaffIdNumbers idNumbers, CheckpointSigner signer) {
        public Gateways {
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(idNumbers, "idNumbers");
            Objects.requireNonNull(cameras, "cameras");
            Objects.requireNonNull(clearances, "clearances");
            Objects.requireNonNull(duty, "duty");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(masker, "masker");
        }
    }

    /**
     * What the access context runs on, and the policy it works under.
     *
     * @param people the staff records, to check who may do what (PEOPLE-01)
     * @param seal the key that seals visitors' ID numbers
     */
    public record Ports(Stores stores, Gateways gateways, People people, IdNumberSeal seal, AccessPolicy policy) {
        public Ports {
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(gateways, "gateways");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(seal, "seal");
            Objects.requireNonNull(policy, "policy");
        }
    }

    private final AccessService service;

    private AccessModule(AccessService service) {
        this.service = service;
    }

    /** The access context over {@code ports}, running on {@code runtime}. */
    public static AccessModule create(Ports ports, Runtime runtime) {
        Stores s = ports.stores();
        Gateways g = ports.gateways();
        return new AccessModule(new AccessService(new AccessService.Stores(s.requests(), s.grants(), s.log(), s.exports(), s.visits(),
                s.checkpoints()), new AccessService.Gateways(g.cameras(), g.clearances(), g.duty(), g.archive(), g.masker(),
                g.idNumbers(), g.signer()), ports.people(), ports.policy(),
                ports.seal(), runtime.unitOfWork(), runtime.clock()));
    }

    /**
     * The access context over the given ports.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static AccessModule create(Stores stores, Gateways gateways, People people, AccessPolicy policy, IdNumberSeal seal,
                                      EventSink events, Transactions transactions, Clock clock, Validator validator) {
        return create(new Ports(stores, gateways, people, seal, policy), Runtime.of(clock, validator, transactions, events));
    }

    public RequestAccess requestAccess() {
        return service;
    }

    public DecideAccess decideAccess() {
        return service;
    }

    public UseFootage useFootage() {
        return service;
    }

    public ExportFootage exportFootage() {
        return service;
    }

    public HandOverCopy handOverCopy() {
        return service;
    }

    public ViewLive viewLive() {
        return service;
    }

    public RegisterVisit registerVisit() {
        return service;
    }

    public VerifyAccessLog verifyAccessLog() {
        return service;
    }

    public AuditAccess auditAccess() {
        return service;
    }
}
