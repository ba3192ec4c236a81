-- Watchfloor schema, h2. V5: shifts context: rotas, attendance, handovers, leave, watch tours, cleaning, and the duty log.
-- Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.

CREATE TABLE wf_rotas (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    horizon_start    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    horizon_end      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_rotas_i0 ON wf_rotas (horizon_start, horizon_end);

CREATE TABLE wf_attendances (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    person           CHAR(36) NOT NULL,
    duty_start       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    duty_end         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    is_open          BOOLEAN NOT NULL,
    checked_in       TIMESTAMP(6) WITH TIME ZONE NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_attendances_i0 ON wf_attendances (person, duty_start);
CREATE INDEX wf_attendances_i1 ON wf_attendances (duty_start, duty_end);
CREATE INDEX wf_attendances_i2 ON wf_attendances (is_open);

CREATE TABLE wf_handovers (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    boundary         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    post             VARCHAR(60) NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_handovers_i0 ON wf_handovers (boundary);

CREATE TABLE wf_leave_requests (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    person           CHAR(36) NOT NULL,
    period_start     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    approved         BOOLEAN NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_leave_requests_i0 ON wf_leave_requests (person);
CREATE INDEX wf_leave_requests_i1 ON wf_leave_requests (approved);

-- id is made by the adapter: a tour has no id of its own.
CREATE TABLE wf_watch_tours (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    happened_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_watch_tours_i0 ON wf_watch_tours (happened_at);

-- one cleaning record per shift.
CREATE TABLE wf_cleaning_records (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    shift_start      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    shift_end        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE UNIQUE INDEX wf_cleaning_records_u0 ON wf_cleaning_records (shift_start, shift_end);

-- the duty log: append-only (refused in the database on PostgreSQL and MariaDB), numbered without gaps.
CREATE TABLE wf_duty_log (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    sequence         BIGINT NOT NULL,
    happened_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE UNIQUE INDEX wf_duty_log_u0 ON wf_duty_log (sequence);
CREATE INDEX wf_duty_log_i0 ON wf_duty_log (happened_at);

-- The duty log's last sequence number: appenders lock this row, so numbers have no gaps.
CREATE TABLE wf_duty_log_head (
    name          VARCHAR(20) NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL
);
INSERT INTO wf_duty_log_head (name, last_sequence) VALUES ('duty log', 0);
