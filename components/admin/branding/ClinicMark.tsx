/** The clinic's mark: three vertebrae on the harbour's teal. Drawn for this project. */
export function ClinicMark({ size, label }: { size: number | string; label?: string }) {
  const labelling = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true }
  return (
    <svg className="clinic-mark" width={size} height={size} viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg" focusable="false" {...labelling}>
      <rect width="32" height="32" rx="8" fill="#0e5a66" />
      <path d="M16 9v16" stroke="#9fd3cb" strokeWidth="2" strokeLinecap="round" />
      <g fill="#ffffff">
        <rect x="10.5" y="5" width="11" height="5" rx="2.5" />
        <rect x="9.5" y="12" width="13" height="5.5" rx="2.75" />
        <rect x="10.5" y="19.5" width="11" height="5" rx="2.5" />
      </g>
      <path d="M5 28c2-1.6 4-1.6 6 0s4 1.6 6 0 4-1.6 6 0 4 1.6 4 1.6" fill="none" stroke="#9fd3cb" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}
