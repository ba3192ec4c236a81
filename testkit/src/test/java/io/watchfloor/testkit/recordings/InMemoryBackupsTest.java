package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.Backups;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryBackupsTest extends BackupsContract {

    @Override
    protected Backups newBackups() {
        return new InMemoryBackups(new InMemoryTransactions());
    }
}
