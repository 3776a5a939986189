import { describe, expect, it } from 'vitest'

import { splitPhoneNumbers, telHref } from '@/lib/text/phone-numbers'

const phones = (text: string) => splitPhoneNumbers(text).filter((part) => part.kind === 'phone')

describe('phone numbers in prose', () => {
  it('finds the clinic number in a sentence and links it with tel:', () => {
    expect(splitPhoneNumbers('Call Harbour Spine Clinic on 0161 555 0142 or email us.')).toEqual([
      { kind: 'text', text: 'Call Harbour Spine Clinic on ' },
      { kind: 'phone', text: '0161 555 0142', href: 'tel:01615550142' },
      { kind: 'text', text: ' or email us.' },
    ])
  })

  it.each([
    ['0161 555 0142', 'tel:01615550142'],
    ['01615550142', 'tel:01615550142'],
    ['0161-555-0142', 'tel:01615550142'],
    ['+44 161 555 0142', 'tel:+441615550142'],
    ['(0161) 555 0142', 'tel:01615550142'],
    ['020 7946 0018', 'tel:02079460018'],
    ['(617) 555-0142', 'tel:6175550142'],
    ['617-555-0142', 'tel:6175550142'],
    ['617.555.0142', 'tel:6175550142'],
    ['+1 617 555 0142', 'tel:+16175550142'],
  ])('reads %s as one number', (written, href) => {
    expect(phones(`Ring ${written} today.`)).toEqual([{ kind: 'phone', text: written, href }])
  })

  it('links emergency numbers only where the text says to call them', () => {
    expect(phones('If you feel very unwell, call 999.')).toEqual([{ kind: 'phone', text: '999', href: 'tel:999' }])
    expect(phones('In an emergency, Call 112 or 999')).toEqual([{ kind: 'phone', text: '112', href: 'tel:112' }])
    expect(phones('We saw 999 patients last year.')).toEqual([])
    expect(phones('If you have trouble breathing, call 911.')).toEqual([{ kind: 'phone', text: '911', href: 'tel:911' }])
    expect(phones('En una emergencia, llame al 911.')).toEqual([{ kind: 'phone', text: '911', href: 'tel:911' }])
    expect(phones('Room 911 is upstairs.')).toEqual([])
  })

  it.each([
    'The block lasts 6 to 8 hours.',
    'At least 80% relief in each of 2 blocks.',
    'Published on 2026-12-05 at 07:30.',
    'The years 1990 2000 2010 were busy.',
    'Reference ABC01615550142 is not a number.',
    'Your booking number is 12345678901.',
    'Version 0.1.0 and room 101.',
    'Dosage 100-200-3000 mg is not a number.',
  ])('leaves ordinary numbers alone: %s', (text) => {
    expect(phones(text)).toEqual([])
    expect(splitPhoneNumbers(text)).toEqual([{ kind: 'text', text }])
  })

  it('finds several numbers and gives back the text unchanged when joined', () => {
    const text = 'Day: 0161 555 0142. Night: +44 161 555 0199. Emergency: call 999'
    const parts = splitPhoneNumbers(text)
    expect(parts.map((part) => part.text).join('')).toBe(text)
    expect(phones(text).map((part) => part.href)).toEqual(['tel:01615550142', 'tel:+441615550199', 'tel:999'])
  })

  it('has nothing to split in an empty string', () => {
    expect(splitPhoneNumbers('')).toEqual([])
  })

  it('builds tel: addresses from numbers as people write them', () => {
    expect(telHref(' 0161 555 0142 ')).toBe('tel:01615550142')
    expect(telHref('+44 (0)161 555 0142')).toBe('tel:+441615550142')
  })
})
