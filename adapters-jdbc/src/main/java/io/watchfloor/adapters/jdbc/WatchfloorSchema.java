package io.watchfloor.adapters.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades Watchfloor's tables with the Flyway migrations shipped in this jar, one folder
 * per database ({@code io/watchfloor/adapters/jdbc/migration/h2|postgresql|mariadb}, plain SQL that
 * teams running their own Flyway or Liquibase can read and take). Flyway keeps its history in
 * {@value #HISTORY_TABLE}, so Watchfloor's schema can live beside an application's own migrations.
 */
public final class WatchfloorSchema {

    /** Flyway's history table for Watchfloor's migrations. */
    public static final String HISTORY_TABLE = "watchfloor_schema_history";

    private WatchfloorSchema() {
    }

    /**
     * Brings the schema behind {@code dataSource} to the newest version; returns that version. Flyway
     * holds two connections while it migrates, so a pool needs at least two.
     */
    public static String migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = Dialect.of(dataSource);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:io/watchfloor/adapters/jdbc/migration/" + dialect.migrationFolder())
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        } catch (FlywayException e) {
            throw new JdbcFailure("migrating the Watchfloor schema on " + dialect + " failed: " + e.getMessage(), e);
        }
    }
}
