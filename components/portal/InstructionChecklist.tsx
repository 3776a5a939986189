import { telHref } from '@/lib/text/phone-numbers'
import { groupByDay, INSTRUCTION_CATEGORY_LABELS, type ChecklistStep } from '@/lib/instructions'

/**
 * Said plainly on a step whose time is over. While the appointment is still ahead, a step missed
 * before it may matter: the patient can call straight from it. Once the appointment is over there is
 * nothing left to act on.
 */
function PassedNote({ step, clinicPhone }: { step: ChecklistStep; clinicPhone: string }) {
  if (!step.callBeforeAppointment) {
    return (
      <p className="checklist__passed">
        <strong>This time has passed.</strong>
      </p>
    )
  }
  return (
    <p className="checklist__passed">
      <strong>This time has passed.</strong> If you have not done this, call the clinic on{' '}
      <a href={telHref(clinicPhone)}>{clinicPhone}</a> before your appointment.
    </p>
  )
}

/**
 * The dated checklist: one section per day (an h2), each step with when it is (by, from, at or on
 * the day), its category, title and details. A step whose time has passed says so in words.
 */
export function InstructionChecklist({ steps, clinicPhone }: { steps: ChecklistStep[]; clinicPhone: string }) {
  return (
    <>
      {groupByDay(steps).map((day) => (
        <section key={day.dayKey} className="checklist-day" aria-labelledby={`day-${day.dayKey}`}>
          <h2 id={`day-${day.dayKey}`}>{day.dayLabel}</h2>
          <ul className="checklist">
            {day.items.map((step) => (
              <li key={`${step.id}-${step.dueAt.getTime()}`} className={step.passed ? 'checklist__step--passed' : undefined}>
                <p className="checklist__due">
                  <strong>{step.label}</strong>
                </p>
                {step.passed && <PassedNote step={step} clinicPhone={clinicPhone} />}
                <p className="checklist__category">{INSTRUCTION_CATEGORY_LABELS[step.category] ?? step.category}</p>
                <h3 className="checklist__title">{step.title}</h3>
                <p className="checklist__details">{step.details}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
