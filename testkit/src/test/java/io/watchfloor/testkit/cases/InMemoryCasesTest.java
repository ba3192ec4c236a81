package io.watchfloor.testkit.cases;

import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import org.junit.jupiter.api.Tag;

@Tag("CASE-13")
class InMemoryCasesTest extends CasesContract {

    @Override
    protected Cases newCases() {
        return new InMemoryCases(new InMemoryTransactions());
    }
}
