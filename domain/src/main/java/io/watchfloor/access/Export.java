package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An export of footage (ACCESS-05): its manifest, the SHA-256 of every file, the requester's identity
 * and the grant, who exported it, whether it was masked (ACCESS-06, ACCESS-11), and every copy handed
 * outside afterwards.
 *
 * @param forPublication whether the footage is to be made public (ACCESS-11: faces and plates masked)
 */
public record Export(ExportId id, GrantId grant, Requester requester, PersonId exportedBy, String exportedByName, String purpose,
                     TimeRange footage, boolean forPublication, List<ManifestFile> files, List<Handover> handovers,
                     Instant exportedAt, Version version) {

    /**
     * One exported file in the manifest.
     *
     * @param sha256 the SHA-256 of the file's bytes as handed out, in hex
     * @param masked what was masked in it (empty when unmasked)
     */
    public record ManifestFile(String name, io.watchfloor.shared.CameraId camera, long size, String sha256, Set<MaskTarget> masked) {
        public ManifestFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(camera, "camera");
            Objects.requireNonNull(sha256, "sha256");
            masked = Set.copyOf(masked);
        }
    }

    /** A copy handed outside the centre: to whom, on what medium, by whom, when. */
    public record Handover(String recipientName, String recipientUnit, String medium, PersonId handedBy, Instant at) {
        public Handover {
            Objects.requireNonNull(recipientName, "recipientName");
            Objects.requireNonNull(recipientUnit, "recipientUnit");
            Objects.requireNonNull(medium, "medium");
            Objects.requireNonNull(handedBy, "handedBy");
            Objects.requireNonNull(at, "at");
        }
    }

    public Export {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(exportedByName, "exportedByName");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(footage, "footage");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(version, "version");
        files = List.copyOf(files);
        handovers = List.copyOf(handovers);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an export has at least one file");
        }
    }

    /** The same export with one more copy handed outside. */
    public Export handedOver(Handover handover) {
        List<Handover> more = new ArrayList<>(handovers);
        more.add(Objects.requireNonNull(handover, "handover"));
        return new Export(id, grant, requester, exportedBy, exportedByName, purpose, footage, forPublication, files, more, exportedAt, version);
    }

    /** The manifest as text that travels with the files. */
    public String manifest() {
        StringBuilder text = new StringBuilder();
        text.append("Watchfloor export manifest\n")
                .append("export: ").append(id).append('\n')
                .append("grant: ").append(grant).append('\n')
                .append("requester: ").append(requester.kind().title()).append(", ").append(requester.identity()).append('\n')
                .append("purpose: ").append(purpose).append('\n')
                .append("exported by: ").append(exportedByName).append(" at ").append(exportedAt).append('\n')
                .append("footage: ").append(footage.start()).append(" to ").append(footage.end()).append('\n');
        for (ManifestFile f : files) {
            text.append("sha256 ").append(f.sha256()).append("  ").append(f.name()).append("  ").append(f.size()).append(" bytes")
                    .append(f.masked().isEmpty() ? "" : "  masked " + f.masked().stream().sorted().map(Enum::name).toList()).append('\n');
        }
        return text.toString();
    }

    /** The same export as stored at {@code stored}; used by repository adapters only. */
    public Export withVersion(Version stored) {
        return new Export(id, grant, requester, exportedBy, exportedByName, purpose, footage, forPublication, files, handovers, exportedAt, stored);
    }
}
