package io.watchfloor.cases;

/** The kinds of incident seen while monitoring; each may have its contingency plan (PLAN-01). */
public enum IncidentType {
    FIRE, INTRUSION, EQUIPMENT_FAILURE, NETWORK_OUTAGE, TRAFFIC_ACCIDENT, PUBLIC_ORDER, FLOODING, OTHER
}
