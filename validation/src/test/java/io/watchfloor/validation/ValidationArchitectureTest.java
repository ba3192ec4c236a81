package io.watchfloor.validation;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidationArchitectureTest {

    @Test
    @DisplayName("the validation module and the domain it serves follow the architecture rules (no adapter on its class path)")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkDomainRules(WatchfloorArchitecture.productionClasses());
    }
}
