-- People context: staff records and departments. Each row keeps the aggregate whole in doc (JSON,
-- read back through the record's constructor) beside the columns that queries filter and sort on.
CREATE TABLE wf_people (
    id      CHAR(36)     NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(500) NOT NULL,
    roles   VARCHAR(500) NOT NULL,
    doc     CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_people_by_name ON wf_people (name, id);

CREATE TABLE wf_departments (
    id      CHAR(36)     NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(500) NOT NULL,
    doc     CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX wf_departments_by_name ON wf_departments (name, id);
