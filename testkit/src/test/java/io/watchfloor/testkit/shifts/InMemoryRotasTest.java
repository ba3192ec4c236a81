package io.watchfloor.testkit.shifts;

import io.watchfloor.shifts.port.out.Rotas;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemoryRotasTest extends RotasContract {

    @Override
    protected Rotas newRotas() {
        return new InMemoryRotas(new InMemoryTransactions());
    }
}
