package io.watchfloor.devices;

import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.ZoneImportance;
import java.util.Objects;

/**
 * The zone a device watches or serves, with its importance (decides retention, RET-02) and access
 * level (ACCESS-02).
 *
 * @param name the zone as the centre calls it, such as "Nanjing Road East"
 */
public record Zone(String name, ZoneImportance importance, AccessLevel accessLevel) {

    public Zone {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a zone needs a name");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("a zone name has at most 200 characters");
        }
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(accessLevel, "accessLevel");
    }
}
