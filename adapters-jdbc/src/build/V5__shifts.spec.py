TITLE = 'shifts context: rotas, attendance, handovers, leave, watch tours, cleaning, and the duty log.'
NOTE = 'Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.'
TABLES = [
  {'name': 'wf_rotas', 'columns': [('horizon_start', 'instant', False), ('horizon_end', 'instant', False)],
   'index': [['horizon_start', 'horizon_end']]},
  {'name': 'wf_attendances', 'columns': [('person', 'id', False), ('duty_start', 'instant', False), ('duty_end', 'instant', False),
                                         ('is_open', 'bool', False), ('checked_in', 'instant', True)],
   'index': [['person', 'duty_start'], ['duty_start', 'duty_end'], ['is_open']]},
  {'name': 'wf_handovers', 'columns': [('boundary', 'instant', False), ('post', 'enum', False)], 'index': [['boundary']]},
  {'name': 'wf_leave_requests', 'columns': [('person', 'id', False), ('period_start', 'instant', False), ('approved', 'bool', False)],
   'index': [['person'], ['approved']]},
  {'name': 'wf_watch_tours', 'columns': [('happened_at', 'instant', False)], 'index': [['happened_at']],
   'comment': 'id is made by the adapter: a tour has no id of its own.'},
  {'name': 'wf_cleaning_records', 'columns': [('shift_start', 'instant', False), ('shift_end', 'instant', False)],
   'unique': [['shift_start', 'shift_end']], 'comment': 'one cleaning record per shift.'},
  {'name': 'wf_duty_log', 'columns': [('sequence', 'long', False), ('happened_at', 'instant', False)],
   'unique': [['sequence']], 'index': [['happened_at']],
   'comment': 'the duty log: append-only (refused in the database on PostgreSQL and MariaDB), numbered without gaps.'},
]
EXTRA = {
  'h2': """
-- The duty log's last sequence number: appenders lock this row, so numbers have no gaps.
CREATE TABLE wf_duty_log_head (
    name          VARCHAR(20) NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL
);
INSERT INTO wf_duty_log_head (name, last_sequence) VALUES ('duty log', 0);
""",
  'postgresql': """
-- The duty log's last sequence number: appenders lock this row, so numbers have no gaps.
CREATE TABLE wf_duty_log_head (
    name          VARCHAR(20) NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL
);
INSERT INTO wf_duty_log_head (name, last_sequence) VALUES ('duty log', 0);
CREATE TRIGGER wf_duty_log_append_only BEFORE UPDATE OR DELETE ON wf_duty_log
    FOR EACH ROW EXECUTE FUNCTION watchfloor_refuse_change();
CREATE TRIGGER wf_duty_log_no_truncate BEFORE TRUNCATE ON wf_duty_log
    FOR EACH STATEMENT EXECUTE FUNCTION watchfloor_refuse_change();
""",
  'mariadb': """
-- The duty log's last sequence number: appenders lock this row, so numbers have no gaps.
CREATE TABLE wf_duty_log_head (
    name          VARCHAR(20) NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL
) ENGINE = InnoDB;
INSERT INTO wf_duty_log_head (name, last_sequence) VALUES ('duty log', 0);
CREATE TRIGGER wf_duty_log_no_update BEFORE UPDATE ON wf_duty_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_duty_log is append-only: UPDATE refused';
CREATE TRIGGER wf_duty_log_no_delete BEFORE DELETE ON wf_duty_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_duty_log is append-only: DELETE refused';
""",
}
