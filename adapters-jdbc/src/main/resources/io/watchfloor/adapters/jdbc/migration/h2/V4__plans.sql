-- Watchfloor schema, h2. V4: plans context: contingency plans and their activations.
-- Each row keeps the aggregate whole in doc (JSON) beside the columns queries use.

-- one plan per incident type.
CREATE TABLE wf_contingency_plans (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    incident_type    VARCHAR(60) NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE UNIQUE INDEX wf_contingency_plans_u0 ON wf_contingency_plans (incident_type);

CREATE TABLE wf_activations (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    activated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    doc              CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_activations_i0 ON wf_activations (activated_at);
