import * as migration_20261127_040315_initial from './20261127_040315_initial';
import * as migration_20261127_041450_patients_appointments_audit from './20261127_041450_patients_appointments_audit';
import * as migration_20261127_041500_audit_events_append_only from './20261127_041500_audit_events_append_only';

export const migrations = [
  {
    up: migration_20261127_040315_initial.up,
    down: migration_20261127_040315_initial.down,
    name: '20261127_040315_initial',
  },
  {
    up: migration_20261127_041450_patients_appointments_audit.up,
    down: migration_20261127_041450_patients_appointments_audit.down,
    name: '20261127_041450_patients_appointments_audit',
  },
  {
    up: migration_20261127_041500_audit_events_append_only.up,
    down: migration_20261127_041500_audit_events_append_only.down,
    name: '20261127_041500_audit_events_append_only',
  },
];
