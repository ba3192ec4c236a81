package io.watchfloor.testkit.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database that JDBC adapter tests run against ({@code variables} is the prefix of its environment variables), read from environment variables with the
 * defaults of a developer machine (PostgreSQL and MariaDB on 127.0.0.1, database {@code test},
 * user {@code root}, empty password):
 * {@code WATCHFLOOR_PG_URL}, {@code WATCHFLOOR_PG_USER}, {@code WATCHFLOOR_PG_PASSWORD},
 * {@code WATCHFLOOR_MARIADB_URL}, {@code WATCHFLOOR_MARIADB_USER}, {@code WATCHFLOOR_MARIADB_PASSWORD}.
 *
 * <p>{@link #requireReachable()} skips a test with a visible reason when the database is not
 * there, unless {@code WATCHFLOOR_REQUIRE_DB=true} (set by {@code .ci/run}): then it fails, so CI
 * always tests on real databases.
 */
public record TestDatabase(String name, String variables, String url, String user, String password) {

    /** The environment variable that turns a missing database into a failure. */
    public static final String REQUIRE_FLAG = "WATCHFLOOR_REQUIRE_DB";

    /**
     * Refuses a missing value.
     *
     * @param name the database's name for messages
     * @param variables the environment variables it is read from
     * @param url its JDBC URL
     * @param user the user
     * @param password the password
     */
    public TestDatabase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * PostgreSQL, from the environment.
     *
     * @return the database
     */
    public static TestDatabase postgres() {
        return fromEnvironment(System.getenv(), "PostgreSQL", "WATCHFLOOR_PG", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    /**
     * MariaDB, from the environment.
     *
     * @return the database
     */
    public static TestDatabase mariadb() {
        return fromEnvironment(System.getenv(), "MariaDB", "WATCHFLOOR_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test");
    }

    static TestDatabase fromEnvironment(Map<String, String> env, String name, String prefix, String defaultUrl) {
        return new TestDatabase(name, prefix,
                env.getOrDefault(prefix + "_URL", defaultUrl),
                env.getOrDefault(prefix + "_USER", "root"),
                env.getOrDefault(prefix + "_PASSWORD", ""));
    }

    /** {@return whether {@code WATCHFLOOR_REQUIRE_DB=true}} */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_FLAG));
    }

    /** {@return the host and port of the JDBC URL} */
    public InetSocketAddress address() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException(name + " URL needs a host and a port: " + url);
        }
        return new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    /** {@return whether the database accepts TCP connections within two seconds} */
    public boolean isReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(address(), 2_000);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Skips the calling test (or fails it, under {@link #REQUIRE_FLAG}) unless the database is reachable.
     *
     * @return this database
     */
    public TestDatabase requireReachable() {
        if (isReachable()) {
            return this;
        }
        String why = name + " is not reachable at " + url + " (set " + variables + "_URL, " + variables + "_USER and " + variables + "_PASSWORD)";
        if (required()) {
            Assertions.fail(why + ", and " + REQUIRE_FLAG + "=true says database tests must not be skipped");
        }
        Assumptions.abort(why + ": skipping");
        return this;
    }
}
