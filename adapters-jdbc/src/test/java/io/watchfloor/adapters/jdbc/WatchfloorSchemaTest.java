package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One call creates and upgrades the schema, on every database. */
class WatchfloorSchemaTest {

    static List<TestDataSources.Kind> databases() {
        return TestDataSources.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("migrating an up-to-date schema again changes nothing and names the same version (Flyway needs two connections)")
    void idempotent(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            String version = WatchfloorSchema.migrate(db.dataSource());

            assertEquals(version, WatchfloorSchema.migrate(db.dataSource()));
            assertEquals(kind.name().equals("H2") ? Dialect.H2 : kind.name().equals("PostgreSQL")
                    ? Dialect.POSTGRESQL : Dialect.MARIADB, Dialect.of(db.dataSource()));
        }
    }
}
