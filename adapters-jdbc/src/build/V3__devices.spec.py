TITLE = 'devices context: the archive, inspections, faults, repairs, changes, servicing, health.'
NOTE = 'Each row keeps the aggregate or record whole in doc (JSON) beside the columns queries use; records (version 0) are never changed.'
TABLES = [
  {'name': 'wf_devices', 'columns': [('asset_number', 'text', False), ('camera', 'id', True), ('device_type', 'enum', False), ('status', 'enum', False)],
   'unique': [['asset_number'], ['camera']], 'index': [['device_type'], ['status']]},
  {'name': 'wf_inspection_schedules', 'columns': [('name', 'text', False), ('device_type', 'enum', False)], 'index': [['device_type']]},
  {'name': 'wf_inspections', 'columns': [('device', 'id', False), ('schedule', 'id', False), ('happened_at', 'instant', False)],
   'index': [['device', 'schedule', 'happened_at'], ['happened_at']]},
  {'name': 'wf_fault_reports', 'columns': [('device', 'id', False), ('reported_at', 'instant', False)], 'index': [['device', 'reported_at'], ['reported_at']]},
  {'name': 'wf_change_violations', 'columns': [('device', 'id', False), ('observed_at', 'instant', False)], 'index': [['device', 'observed_at']]},
  {'name': 'wf_service_records', 'columns': [('device', 'id', False), ('happened_at', 'instant', False)], 'index': [['device', 'happened_at']]},
  {'name': 'wf_repair_orders', 'columns': [('device', 'id', False), ('is_open', 'bool', False), ('open_device', 'id', True), ('reported_at', 'instant', False)],
   'unique': [['open_device']], 'index': [['device', 'is_open'], ['is_open', 'reported_at']],
   'comment': 'open_device is the device while the order is open, else null: at most one open order per device.'},
  {'name': 'wf_change_requests', 'columns': [('device', 'id', False), ('requested_at', 'instant', False)], 'index': [['device', 'requested_at']]},
  {'name': 'wf_device_health', 'columns': [('healthy', 'bool', False)], 'index': [['healthy']],
   'comment': 'id is the device id: one health record per device.'},
]
