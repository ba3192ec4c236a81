/**
 * Every repository port over {@code javax.sql.DataSource}: H2 (embedded default), PostgreSQL and
 * MariaDB, with Flyway migrations. Adapters are named technology + port ({@code JdbcCases}).
 */
package io.watchfloor.adapters.jdbc;
