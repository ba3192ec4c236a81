package io.watchfloor.benchmarks;

import io.watchfloor.testkit.architecture.WatchfloorArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchmarksArchitectureTest {

    @Test
    @DisplayName("the classes the benchmarks measure follow the architecture rules")
    void followsTheRules() {
        WatchfloorArchitecture.watchfloor().checkDomainRules(WatchfloorArchitecture.productionClasses());
    }
}
