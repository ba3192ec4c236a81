package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.testkit.db.TestDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The databases the JDBC adapter is tested on are there: skipped with a reason on a laptop without
 * them, a failure in CI ({@code WATCHFLOOR_REQUIRE_DB=true}).
 */
class TestDatabasesTest {

    @Test
    @DisplayName("PostgreSQL accepts connections")
    void postgres() {
        assertTrue(TestDatabase.postgres().requireReachable().isReachable());
    }

    @Test
    @DisplayName("MariaDB accepts connections")
    void mariadb() {
        assertTrue(TestDatabase.mariadb().requireReachable().isReachable());
    }
}
