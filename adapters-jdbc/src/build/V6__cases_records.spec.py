TITLE = 'cases context: incidents and error records.'
NOTE = 'Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.'
TABLES = [
  {'name': 'wf_incidents', 'columns': [('seen_at', 'instant', False)], 'index': [['seen_at']]},
  {'name': 'wf_error_records', 'columns': [('person', 'id', False), ('happened_at', 'instant', False)],
   'index': [['person', 'happened_at']], 'comment': 'id is made by the adapter: an error record has no id of its own.'},
]
