import { Fragment } from 'react'

import { splitPhoneNumbers } from '@/lib/text/phone-numbers'

/** Plain text from the CMS with every phone number in it as a tappable tel: link. */
export function PhoneLinkedText({ text }: { text: string }) {
  return splitPhoneNumbers(text).map((part, index) =>
    part.kind === 'phone' ? (
      <a key={index} href={part.href}>
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  )
}
