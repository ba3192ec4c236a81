package io.watchfloor.adapters.jdbc;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcArchitectureTest {

    @Test
    @DisplayName("this adapter, and the domain it uses, follow the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkAll(WatchfloorArchitecture.productionClasses());
    }
}
