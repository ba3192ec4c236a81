package io.watchfloor.examples;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExamplesArchitectureTest {

    @Test
    @DisplayName("everything the example centre composes follows the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkAll(WatchfloorArchitecture.productionClasses());
    }
}
