package io.watchfloor.testkit.architecture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The domain and testkit keep the architecture rules. */
class ArchitectureTest {

    @Test
    @DisplayName("the domain and the testkit follow the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkDomainRules(WatchfloorArchitecture.productionClasses());
    }
}
