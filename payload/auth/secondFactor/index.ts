export { staffSessionFrom, type StaffSession } from './sessions'
export { confirmEnrolment, endStaffSession, MESSAGES, nextStep, passSecondStep, resetSecondFactor, startEnrolment, type StepOutcome } from './steps'
export { enrolledFactorData } from './store'
export { requireSecondStepForStaff } from './strategy'
export {
  confirmPatientEnrolment,
  PATIENT_FACTOR_MESSAGES,
  passPatientSecondStep,
  patientHasFactor,
  startPatientEnrolment,
  turnOffPatientFactor,
} from './patients'
