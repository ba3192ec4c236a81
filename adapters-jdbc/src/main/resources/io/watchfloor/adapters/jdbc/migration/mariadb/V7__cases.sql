-- Watchfloor schema, mariadb. V7: cases context: each case as its append-only history of events, with the columns due work and repeat reports read.
-- wf_cases keeps no document: a case is what its history in wf_case_events replays to (Case.replay).

-- One row per case: its version, how many events its history holds, and what the queries read.
CREATE TABLE wf_cases (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    history_size  INTEGER      NOT NULL,
    received_at   DATETIME(6) NOT NULL,
    is_open       BOOLEAN      NOT NULL,
    hard          BOOLEAN      NOT NULL,
    registered_at DATETIME(6) NULL,
    category      VARCHAR(500) NULL,
    place_key     BIGINT       NULL,
    next_deadline DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
-- due work (CASE-02/07/10): the earliest deadlines first
CREATE INDEX wf_cases_by_deadline ON wf_cases (next_deadline, id);
-- repeat reports (CASE-09): open cases of a category near a place (Vicinity key ranges)
CREATE INDEX wf_cases_by_category_place ON wf_cases (category, is_open, place_key);
CREATE INDEX wf_cases_by_received ON wf_cases (received_at, id);
CREATE INDEX wf_cases_hard ON wf_cases (hard, is_open);

-- Each case's history (CASE-13), append-only: the database refuses UPDATE and DELETE.
CREATE TABLE wf_case_events (
    case_id  CHAR(36) NOT NULL,
    position INTEGER  NOT NULL,
    doc      LONGTEXT NOT NULL,
    PRIMARY KEY (case_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TRIGGER wf_case_events_no_update BEFORE UPDATE ON wf_case_events
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_case_events is append-only: UPDATE refused';
CREATE TRIGGER wf_case_events_no_delete BEFORE DELETE ON wf_case_events
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_case_events is append-only: DELETE refused';
