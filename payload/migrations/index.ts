import * as migration_20261127_040315_initial from './20261127_040315_initial';
import * as migration_20261127_041450_patients_appointments_audit from './20261127_041450_patients_appointments_audit';
import * as migration_20261127_041500_audit_events_append_only from './20261127_041500_audit_events_append_only';
import * as migration_20261127_051405_diaries_consents_instructions from './20261127_051405_diaries_consents_instructions';
import * as migration_20261127_051406_consents_immutable from './20261127_051406_consents_immutable';
import * as migration_20261205_194500_tamper_evident_chains from './20261205_194500_tamper_evident_chains';
import * as migration_20261205_210252_block_analysis_settings from './20261205_210252_block_analysis_settings';
import * as migration_20261205_210943_staff_second_factor from './20261205_210943_staff_second_factor';
import * as migration_20261205_214102_patient_second_factor from './20261205_214102_patient_second_factor';
import * as migration_20261205_235124_reminders_and_instruction_phrasing from './20261205_235124_reminders_and_instruction_phrasing';
import * as migration_20261206_001113_patient_clinic_number from './20261206_001113_patient_clinic_number';
import * as migration_20261206_033820_follow_up_after_ablation from './20261206_033820_follow_up_after_ablation';
import * as migration_20261206_042657_content_in_english_and_spanish from './20261206_042657_content_in_english_and_spanish';
import * as migration_20261206_042846_media_in_object_storage from './20261206_042846_media_in_object_storage';
import * as migration_20261206_070202_clinic_time_zone_and_date_format from './20261206_070202_clinic_time_zone_and_date_format';

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
  {
    up: migration_20261127_051405_diaries_consents_instructions.up,
    down: migration_20261127_051405_diaries_consents_instructions.down,
    name: '20261127_051405_diaries_consents_instructions',
  },
  {
    up: migration_20261127_051406_consents_immutable.up,
    down: migration_20261127_051406_consents_immutable.down,
    name: '20261127_051406_consents_immutable',
  },
  {
    up: migration_20261205_194500_tamper_evident_chains.up,
    down: migration_20261205_194500_tamper_evident_chains.down,
    name: '20261205_194500_tamper_evident_chains',
  },
  {
    up: migration_20261205_210252_block_analysis_settings.up,
    down: migration_20261205_210252_block_analysis_settings.down,
    name: '20261205_210252_block_analysis_settings',
  },
  {
    up: migration_20261205_210943_staff_second_factor.up,
    down: migration_20261205_210943_staff_second_factor.down,
    name: '20261205_210943_staff_second_factor',
  },
  {
    up: migration_20261205_214102_patient_second_factor.up,
    down: migration_20261205_214102_patient_second_factor.down,
    name: '20261205_214102_patient_second_factor',
  },
  {
    up: migration_20261205_235124_reminders_and_instruction_phrasing.up,
    down: migration_20261205_235124_reminders_and_instruction_phrasing.down,
    name: '20261205_235124_reminders_and_instruction_phrasing',
  },
  {
    up: migration_20261206_001113_patient_clinic_number.up,
    down: migration_20261206_001113_patient_clinic_number.down,
    name: '20261206_001113_patient_clinic_number',
  },
  {
    up: migration_20261206_033820_follow_up_after_ablation.up,
    down: migration_20261206_033820_follow_up_after_ablation.down,
    name: '20261206_033820_follow_up_after_ablation',
  },
  {
    up: migration_20261206_042657_content_in_english_and_spanish.up,
    down: migration_20261206_042657_content_in_english_and_spanish.down,
    name: '20261206_042657_content_in_english_and_spanish',
  },
  {
    up: migration_20261206_042846_media_in_object_storage.up,
    down: migration_20261206_042846_media_in_object_storage.down,
    name: '20261206_042846_media_in_object_storage',
  },
  {
    up: migration_20261206_070202_clinic_time_zone_and_date_format.up,
    down: migration_20261206_070202_clinic_time_zone_and_date_format.down,
    name: '20261206_070202_clinic_time_zone_and_date_format'
  },
];
