/** Where database tests find PostgreSQL and MariaDB, and whether a missing one skips or fails them. */
package io.watchfloor.testkit.db;
