-- Watchfloor schema, postgresql. V3: devices context: the archive, inspections, faults, repairs, changes, servicing, health.
-- Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.

CREATE TABLE wf_devices (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    asset_number     VARCHAR(500) COLLATE "C" NOT NULL,
    camera           CHAR(36) NULL,
    device_type      VARCHAR(60) NOT NULL,
    status           VARCHAR(60) NOT NULL,
    doc              TEXT NOT NULL
);
CREATE UNIQUE INDEX wf_devices_u0 ON wf_devices (asset_number);
CREATE UNIQUE INDEX wf_devices_u1 ON wf_devices (camera);
CREATE INDEX wf_devices_i0 ON wf_devices (device_type);
CREATE INDEX wf_devices_i1 ON wf_devices (status);

CREATE TABLE wf_inspection_schedules (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    name             VARCHAR(500) COLLATE "C" NOT NULL,
    device_type      VARCHAR(60) NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_inspection_schedules_i0 ON wf_inspection_schedules (device_type);

CREATE TABLE wf_inspections (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    schedule         CHAR(36) NOT NULL,
    happened_at      TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_inspections_i0 ON wf_inspections (device, schedule, happened_at);
CREATE INDEX wf_inspections_i1 ON wf_inspections (happened_at);

CREATE TABLE wf_fault_reports (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    reported_at      TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_fault_reports_i0 ON wf_fault_reports (device, reported_at);
CREATE INDEX wf_fault_reports_i1 ON wf_fault_reports (reported_at);

CREATE TABLE wf_change_violations (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    observed_at      TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_change_violations_i0 ON wf_change_violations (device, observed_at);

CREATE TABLE wf_service_records (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    happened_at      TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_service_records_i0 ON wf_service_records (device, happened_at);

-- open_device is the device while the order is open, else null: at most one open order per device.
CREATE TABLE wf_repair_orders (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    is_open          BOOLEAN NOT NULL,
    open_device      CHAR(36) NULL,
    reported_at      TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE UNIQUE INDEX wf_repair_orders_u0 ON wf_repair_orders (open_device);
CREATE INDEX wf_repair_orders_i0 ON wf_repair_orders (device, is_open);
CREATE INDEX wf_repair_orders_i1 ON wf_repair_orders (is_open, reported_at);

CREATE TABLE wf_change_requests (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    device           CHAR(36) NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_change_requests_i0 ON wf_change_requests (device, requested_at);

-- id is the device id: one health record per device.
CREATE TABLE wf_device_health (
    id               CHAR(36) NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    healthy          BOOLEAN NOT NULL,
    doc              TEXT NOT NULL
);
CREATE INDEX wf_device_health_i0 ON wf_device_health (healthy);
