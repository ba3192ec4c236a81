package io.watchfloor.adapters.rest;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestArchitectureTest {

    @Test
    @DisplayName("this adapter, and the domain it uses, follow the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkAll(WatchfloorArchitecture.productionClasses());
    }
}
