TITLE = 'plans context: contingency plans and their activations.'
NOTE = 'Each row keeps the aggregate whole in doc (JSON) beside the columns queries use.'
TABLES = [
  {'name': 'wf_contingency_plans', 'columns': [('incident_type', 'enum', False)], 'unique': [['incident_type']], 'comment': 'one plan per incident type.'},
  {'name': 'wf_activations', 'columns': [('activated_at', 'instant', False)], 'index': [['activated_at']]},
]
