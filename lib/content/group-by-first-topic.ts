export type TopicGroup<Item, Topic> = {
  /** The topic's key, or "general" for items with no topic. */
  key: string
  topic: Topic | null
  items: Item[]
}

/**
 * Groups items (e.g. FAQs) under their FIRST topic only, so a page listing every group shows each
 * item once, however many topics it is tagged with. Groups come in the order of their first item;
 * items with no topic form a last "general" group.
 */
export function groupByFirstTopic<Item, Topic>(
  items: Item[],
  topicsOf: (item: Item) => Topic[],
  keyOf: (topic: Topic) => string,
): TopicGroup<Item, Topic>[] {
  const groups = new Map<string, TopicGroup<Item, Topic>>()
  const general: TopicGroup<Item, Topic> = { key: 'general', topic: null, items: [] }
  for (const item of items) {
    const [topic] = topicsOf(item)
    if (topic === undefined) {
      general.items.push(item)
      continue
    }
    const key = keyOf(topic)
    const group = groups.get(key) ?? { key, topic, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  const result = [...groups.values()]
  if (general.items.length > 0) result.push(general)
  return result
}
