-- Watchfloor schema, MariaDB 10.11+. V1: the transactional outbox. Instants are UTC in DATETIME(6).
-- Events are written here in the unit of work that caused them and moved to the history once delivered.
CREATE TABLE watchfloor_outbox (
    seq         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    CHAR(36)     NOT NULL UNIQUE,
    event_type  VARCHAR(200) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    payload     LONGTEXT     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Delivered events, append-only.
CREATE TABLE watchfloor_outbox_history (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    event_id     CHAR(36)     NOT NULL UNIQUE,
    event_type   VARCHAR(200) NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    payload      LONGTEXT     NOT NULL,
    delivered_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE TRIGGER watchfloor_outbox_history_no_update BEFORE UPDATE ON watchfloor_outbox_history
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table watchfloor_outbox_history is append-only: UPDATE refused';
CREATE TRIGGER watchfloor_outbox_history_no_delete BEFORE DELETE ON watchfloor_outbox_history
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table watchfloor_outbox_history is append-only: DELETE refused';

-- The relay's lease: one row, locked by the relay that delivers.
CREATE TABLE watchfloor_outbox_relay (
    name VARCHAR(50) NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO watchfloor_outbox_relay (name) VALUES ('relay');
