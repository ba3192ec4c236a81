-- Watchfloor schema, mariadb. V6: cases context: incidents and error records.
-- Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.

CREATE TABLE wf_incidents (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    seen_at          DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_incidents_i0 ON wf_incidents (seen_at);

-- id is made by the adapter: an error record has no id of its own.
CREATE TABLE wf_error_records (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    person           CHAR(36) NOT NULL,
    happened_at      DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_error_records_i0 ON wf_error_records (person, happened_at);
