package io.watchfloor.architecture;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {

    @Test
    @DisplayName("the domain follows the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkDomainRules(WatchfloorArchitecture.productionClasses());
    }
}
