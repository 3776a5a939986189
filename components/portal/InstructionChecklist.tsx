import { groupByDay, INSTRUCTION_CATEGORY_LABELS, type ScheduledInstruction } from '@/lib/instructions'

/** The dated checklist: one section per day (an h2), each step with when it is due, its category, title and details. */
export function InstructionChecklist({ schedule }: { schedule: ScheduledInstruction[] }) {
  return (
    <>
      {groupByDay(schedule).map((day) => (
        <section key={day.dayKey} className="checklist-day" aria-labelledby={`day-${day.dayKey}`}>
          <h2 id={`day-${day.dayKey}`}>{day.dayLabel}</h2>
          <ul className="checklist">
            {day.items.map((item) => (
              <li key={`${item.id}-${item.dueAt.getTime()}`}>
                <p className="checklist__due">
                  <strong>{item.label}</strong>
                </p>
                <p className="checklist__category">{INSTRUCTION_CATEGORY_LABELS[item.category] ?? item.category}</p>
                <h3 className="checklist__title">{item.title}</h3>
                <p className="checklist__details">{item.details}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
