TITLE = 'access context: requests, grants, exports, visits, the hash-chained access log and its signed checkpoints.'
NOTE = 'Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.'
TABLES = [
  {'name': 'wf_access_requests', 'columns': [('requested_at', 'instant', False)], 'index': [['requested_at']]},
  {'name': 'wf_grants', 'columns': [('validity_start', 'instant', False)], 'index': [['validity_start']]},
  {'name': 'wf_exports', 'columns': [('exported_at', 'instant', False)], 'index': [['exported_at']]},
  {'name': 'wf_visits', 'columns': [('entry_at', 'instant', False)], 'index': [['entry_at']]},
  {'name': 'wf_signed_checkpoints', 'columns': [('log_size', 'long', False), ('taken_at', 'instant', False)],
   'index': [['log_size']], 'comment': 'signed checkpoints of the access log (ACCESS-04), append-only; the signing key is never stored here.'},
  {'name': 'wf_access_log', 'columns': [('sequence', 'long', False)], 'unique': [['sequence']],
   'comment': 'the access log (ACCESS-04): hash-chained, append-only (refused in the database on PostgreSQL and MariaDB); id is the sequence.'},
]
EXTRA = {
  'h2': '',
  'postgresql': """
CREATE TRIGGER wf_access_log_append_only BEFORE UPDATE OR DELETE ON wf_access_log
    FOR EACH ROW EXECUTE FUNCTION watchfloor_refuse_change();
CREATE TRIGGER wf_access_log_no_truncate BEFORE TRUNCATE ON wf_access_log
    FOR EACH STATEMENT EXECUTE FUNCTION watchfloor_refuse_change();
CREATE TRIGGER wf_signed_checkpoints_append_only BEFORE UPDATE OR DELETE ON wf_signed_checkpoints
    FOR EACH ROW EXECUTE FUNCTION watchfloor_refuse_change();
CREATE TRIGGER wf_signed_checkpoints_no_truncate BEFORE TRUNCATE ON wf_signed_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION watchfloor_refuse_change();
""",
  'mariadb': """
CREATE TRIGGER wf_access_log_no_update BEFORE UPDATE ON wf_access_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_access_log is append-only: UPDATE refused';
CREATE TRIGGER wf_access_log_no_delete BEFORE DELETE ON wf_access_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_access_log is append-only: DELETE refused';
CREATE TRIGGER wf_signed_checkpoints_no_update BEFORE UPDATE ON wf_signed_checkpoints
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_signed_checkpoints is append-only: UPDATE refused';
CREATE TRIGGER wf_signed_checkpoints_no_delete BEFORE DELETE ON wf_signed_checkpoints
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'table wf_signed_checkpoints is append-only: DELETE refused';
""",
}
