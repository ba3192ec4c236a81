-- Watchfloor schema, mariadb. V8: access context: requests, grants, exports, visits, the hash-chained access log and its signed checkpoints.
-- Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.

CREATE TABLE wf_access_requests (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    requested_at     DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_access_requests_i0 ON wf_access_requests (requested_at);

CREATE TABLE wf_grants (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    validity_start   DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_grants_i0 ON wf_grants (validity_start);

CREATE TABLE wf_exports (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    exported_at      DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_exports_i0 ON wf_exports (exported_at);

CREATE TABLE wf_visits (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    entry_at         DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_visits_i0 ON wf_visits (entry_at);

-- signed checkpoints of the access log (ACCESS-04), append-only; the signing key is never stored here.
CREATE TABLE wf_signed_checkpoints (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    log_size         BIGINT NOT NULL,
    taken_at         DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_signed_checkpoints_i0 ON wf_signed_checkpoints (log_size);

-- the access log (ACCESS-04): hash-chained, append-only (refused in the database on PostgreSQL and MariaDB); id is the sequence.
CREATE TABLE wf_access_log (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    sequence         BIGINT NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE UNIQUE INDEX wf_access_log_u0 ON wf_access_log (sequence);

CREATE TRIGGER wf_access_log_no_update BEFORE UPDATE ON wf_access_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_access_log is append-only: UPDATE refused';
CREATE TRIGGER wf_access_log_no_delete BEFORE DELETE ON wf_access_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_access_log is append-only: DELETE refused';
CREATE TRIGGER wf_signed_checkpoints_no_update BEFORE UPDATE ON wf_signed_checkpoints
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_signed_checkpoints is append-only: UPDATE refused';
CREATE TRIGGER wf_signed_checkpoints_no_delete BEFORE DELETE ON wf_signed_checkpoints
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_signed_checkpoints is append-only: DELETE refused';
