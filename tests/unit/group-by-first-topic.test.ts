import { describe, expect, it } from 'vitest'

import { groupByFirstTopic } from '@/lib/content/group-by-first-topic'

type Question = { id: number; topics: string[] }

const group = (items: Question[]) =>
  groupByFirstTopic(items, (item) => item.topics, (topic) => topic).map(({ key, topic, items }) => ({
    key,
    topic,
    ids: items.map((item) => item.id),
  }))

describe('grouping questions by their first topic', () => {
  it('puts a question tagged with two topics under its first topic only', () => {
    expect(
      group([
        { id: 1, topics: ['block'] },
        { id: 2, topics: ['block', 'ablation'] },
        { id: 3, topics: ['ablation', 'block'] },
      ]),
    ).toEqual([
      { key: 'block', topic: 'block', ids: [1, 2] },
      { key: 'ablation', topic: 'ablation', ids: [3] },
    ])
  })

  it('keeps the order of first appearance and puts untagged questions last', () => {
    expect(
      group([
        { id: 1, topics: [] },
        { id: 2, topics: ['ablation'] },
        { id: 3, topics: ['block'] },
        { id: 4, topics: ['ablation'] },
      ]),
    ).toEqual([
      { key: 'ablation', topic: 'ablation', ids: [2, 4] },
      { key: 'block', topic: 'block', ids: [3] },
      { key: 'general', topic: null, ids: [1] },
    ])
  })

  it('has no groups for no questions', () => {
    expect(group([])).toEqual([])
  })
})
