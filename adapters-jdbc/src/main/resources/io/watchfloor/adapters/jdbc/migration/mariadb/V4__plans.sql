-- Watchfloor schema, mariadb. V4: plans context: contingency plans and their activations.
-- Each row keeps the aggregate whole in doc (JSON) beside the columns queries use.

-- one plan per incident type.
CREATE TABLE wf_contingency_plans (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    incident_type    VARCHAR(60) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE UNIQUE INDEX wf_contingency_plans_u0 ON wf_contingency_plans (incident_type);

CREATE TABLE wf_activations (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    activated_at     DATETIME(6) NOT NULL,
    doc              LONGTEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX wf_activations_i0 ON wf_activations (activated_at);
