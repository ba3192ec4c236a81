package io.watchfloor.testkit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    @DisplayName("connection settings come from the environment, with the developer-machine defaults")
    void settings() {
        TestDatabase pg = TestDatabase.fromEnvironment(Map.of(), "PostgreSQL", "WATCHFLOOR_PG", "jdbc:postgresql://127.0.0.1:5432/test");
        assertEquals("root", pg.user());
        assertEquals("", pg.password());
        assertEquals(5432, pg.address().getPort());

        TestDatabase other = TestDatabase.fromEnvironment(Map.of("WATCHFLOOR_PG_URL", "jdbc:postgresql://db.example:6543/x",
                "WATCHFLOOR_PG_USER", "ci"), "PostgreSQL", "WATCHFLOOR_PG", "jdbc:postgresql://127.0.0.1:5432/test");
        assertEquals("db.example", other.address().getHostString());
        assertEquals("ci", other.user());
    }

    @Test
    @DisplayName("a port nobody listens on is not reachable")
    void unreachable() {
        assertFalse(new TestDatabase("nothing", "NOTHING", "jdbc:postgresql://127.0.0.1:1/none", "root", "").isReachable());
    }
}
