package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.Backup;
import io.watchfloor.recordings.BackupId;
import java.util.List;
import java.util.Optional;

/** The backup register (RET-05): append-only. */
public interface Backups {

    /** Adds a line; a backup with the same id already registered is a {@link io.watchfloor.shared.ConcurrentModification}. */
    void add(Backup backup);

    /** The backup with this id. */
    Optional<Backup> find(BackupId id);

    /** Every backup, by when it was made then id. */
    List<Backup> all();
}
