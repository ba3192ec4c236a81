package io.watchfloor.validation;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidationArchitectureTest {

    @Test
    @DisplayName("the validation module and what it is built with follow the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkAll(WatchfloorArchitecture.productionClasses());
    }
}
