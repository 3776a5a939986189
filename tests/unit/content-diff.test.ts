import { describe, expect, it } from 'vitest'

import { contentChanges, diffParagraphs, richTextParagraphs, type DiffParagraph } from '@/lib/content-diff'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const richText = (...children: object[]) => ({ root: { type: 'root', children } })
const paragraphs = (...texts: string[]) => richText(...texts.map((value) => paragraph(text(value))))

/** A diff written out: [+added+], [-removed-], and ¶ for a paragraph break. */
function show(result: DiffParagraph[]): string[] {
  return result.map(({ parts }) =>
    parts
      .map(({ change, text: words, paragraphBreak }) => {
        const shown = paragraphBreak ? '¶' : words
        return change === 'same' ? shown : change === 'added' ? `[+${shown}+]` : `[-${shown}-]`
      })
      .join(' '),
  )
}

describe('richTextParagraphs', () => {
  it('gives one plain paragraph per block, with links and formatting read as text', () => {
    const value = richText(
      { type: 'heading', tag: 'h3', children: [text('Before the block')] },
      paragraph(text('Read the '), { type: 'link', children: [text('guide')] }, { type: 'linebreak' }, text('first.')),
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Bring a driver')] }] },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', value: 1, children: [text('Rest')] }, { type: 'listitem', value: 2, children: [text('Walk')] }] },
      paragraph(),
    )
    expect(richTextParagraphs(value)).toEqual(['Before the block', 'Read the guide first.', '• Bring a driver', '1. Rest', '2. Walk'])
  })

  it('gives nothing for a value that is not rich text', () => {
    for (const value of [null, undefined, 'text', {}, { root: null }]) expect(richTextParagraphs(value)).toEqual([])
  })
})

describe('diffParagraphs', () => {
  it('marks the words that changed, removed before added', () => {
    expect(show(diffParagraphs(['The block takes ten minutes.'], ['The block takes about fifteen minutes.']))).toEqual([
      'The block takes [-ten-] [+about fifteen+] minutes.',
    ])
  })

  it('shows two merged paragraphs as one with the removed break marked', () => {
    const before = ['You can go home the same day.', 'Someone must drive you.']
    const after = ['You can go home the same day. Someone must drive you.']
    expect(show(diffParagraphs(before, after))).toEqual(['You can go home the same day. [-¶-] Someone must drive you.'])
  })

  it('shows a split paragraph as two, the first ending in an added break', () => {
    expect(show(diffParagraphs(['One. Two.'], ['One.', 'Two.']))).toEqual(['One. [+¶+]', 'Two.'])
  })

  it('leaves unchanged paragraphs unchanged', () => {
    const result = diffParagraphs(['Same.', 'Old words.'], ['Same.', 'New words.'])
    expect(result.map((paragraph) => paragraph.changed)).toEqual([false, true])
    expect(show(result)).toEqual(['Same.', '[-Old-] [+New+] words.'])
  })

  it('handles empty texts', () => {
    expect(diffParagraphs([], [])).toEqual([])
    expect(show(diffParagraphs([], ['New.']))).toEqual(['[+New.+]'])
  })
})

describe('contentChanges', () => {
  const section = (id: string, heading: string, ...body: string[]) => ({ id, heading, body: paragraphs(...body) })
  const published = {
    title: 'Medial branch block',
    summary: 'A test injection.',
    sections: [section('a', 'What it is', 'A small injection.', 'It numbs a nerve.'), section('b', 'Recovery', 'Rest for a day.')],
  }

  it('finds nothing when the draft is the published content', () => {
    expect(contentChanges(published, structuredClone(published))).toEqual([])
  })

  it('leaves the sections out, without failing, while the admin form holds only their count', () => {
    const draft = { ...structuredClone(published), title: 'Medial branch blocks', sections: 2 }
    expect(contentChanges(published, draft).map((change) => change.label)).toEqual(['Title'])
  })

  it('names the section of a merged paragraph and shows only the changed paragraphs', () => {
    const draft = { ...published, sections: [section('a', 'What it is', 'A small injection. It numbs a nerve.'), published.sections[1]] }
    const changes = contentChanges(published, draft)
    expect(changes.map(({ label, kind }) => ({ label, kind }))).toEqual([{ label: 'Section 1: What it is', kind: 'changed' }])
    expect(show(changes[0].paragraphs)).toEqual(['A small injection. [-¶-] It numbs a nerve.'])
  })

  it('matches sections by id, so an added or removed section shifts nothing else', () => {
    const draft = { ...published, title: 'Medial branch blocks', sections: [section('new', 'Before', 'Eat lightly.'), published.sections[0]] }
    const changes = contentChanges(published, draft)
    expect(changes.map(({ label, kind }) => `${kind} ${label}`)).toEqual(['changed Title', 'added Section 1: Before', 'removed Section 2: Recovery'])
    expect(show(changes[1].paragraphs)).toEqual(['[+Before+]', '[+Eat lightly.+]'])
    expect(show(changes[0].paragraphs)).toEqual(['Medial branch [-block-] [+blocks+]'])
  })

  it('shows everything as added when nothing is published yet', () => {
    const changes = contentChanges({}, published)
    expect(changes.map(({ kind }) => kind)).toEqual(['added', 'added', 'added', 'added'])
  })
})
