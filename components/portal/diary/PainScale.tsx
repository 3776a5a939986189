'use client'

import { useTranslations } from 'next-intl'
import type { Ref } from 'react'

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

type Props = {
  name: string
  legend: string
  lowLabel: string
  highLabel: string
  value: number | null
  onChange: (score: number) => void
  /** Focus lands on the group when its form opens, so the next Tab reaches the scores. */
  groupRef?: Ref<HTMLFieldSetElement>
}

/**
 * The 0-10 pain score as big radio buttons: one tap with a thumb, or Tab into the group and the
 * arrow keys (native radios, so every screen reader announces "7 out of 10, 8 of 11").
 */
export function PainScale({ name, legend, lowLabel, highLabel, value, onChange, groupRef }: Props) {
  const t = useTranslations('diary')
  return (
    <fieldset className="pain-scale" ref={groupRef} tabIndex={-1}>
      <legend className="pain-scale__legend">{legend}</legend>
      <p className="pain-scale__ends" id={`${name}-ends`}>
        {t('painEnds', { low: lowLabel.toLowerCase(), high: highLabel.toLowerCase() })}
      </p>
      <div className="pain-scale__options">
        {SCORES.map((score) => (
          <label key={score} className="pain-scale__option">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-describedby={score === 0 || score === 10 ? `${name}-ends` : undefined}
            />
            <span className="pain-scale__number" aria-hidden="true">
              {score}
            </span>
            <span className="visually-hidden">{t('outOfTen', { score })}</span>
          </label>
        ))}
      </div>
      <p className="pain-scale__words" aria-hidden="true">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </p>
    </fieldset>
  )
}
