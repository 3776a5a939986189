import { useTranslations } from 'next-intl'

import { groupByDay, type ChecklistStep } from '@/lib/instructions'
import { telTag } from './messageTags'

/**
 * Said plainly on a step whose time is over. While the appointment is still ahead, a step missed
 * before it may matter: the patient can call straight from it. Once the appointment is over there is
 * nothing left to act on.
 */
function PassedNote({ step, clinicPhone }: { step: ChecklistStep; clinicPhone: string }) {
  const t = useTranslations('instructions')
  if (!step.callBeforeAppointment) {
    return (
      <p className="checklist__passed">
        <strong>{t('passed')}</strong>
      </p>
    )
  }
  return (
    <p className="checklist__passed">
      <strong>{t('passed')}</strong> {t.rich('passedCall', { phone: clinicPhone, tel: telTag(clinicPhone) })}
    </p>
  )
}

/**
 * The dated checklist: one section per day (an h2), each step with when it is (by, from, at or on
 * the day), its category, title and details. A step whose time has passed says so in words.
 */
export function InstructionChecklist({ steps, clinicPhone }: { steps: ChecklistStep[]; clinicPhone: string }) {
  const t = useTranslations('instructions.categories')
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
                <p className="checklist__category">{t(step.category)}</p>
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
