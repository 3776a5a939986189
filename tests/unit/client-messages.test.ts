import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CATALOGUES, CLIENT_NAMESPACES, clientMessages } from '@/lib/i18n/messages'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Every .ts/.tsx file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The namespaces components read with `useTranslations('…')`, the hook that runs in the browser too. */
function namespacesUsedByComponents(): Set<string> {
  const used = new Set<string>()
  for (const file of [...sourceFiles(path.join(ROOT, 'app')), ...sourceFiles(path.join(ROOT, 'components'))]) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/useTranslations\(\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`)?\s*\)/g)) {
      const namespace = match[1] ?? match[2] ?? match[3]
      // A whole-catalogue hook would need every namespace: none uses one today.
      used.add(namespace === undefined ? '(all)' : namespace.split('.')[0])
    }
  }
  return used
}

describe('the messages sent to the browser', () => {
  it('hold every namespace a component reads with useTranslations', () => {
    const used = [...namespacesUsedByComponents()]
    expect(used.length).toBeGreaterThan(5)
    expect(used.filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([])
  })

  it('are those namespaces alone, in the patient’s language', () => {
    const spanish = clientMessages('es')
    expect(Object.keys(spanish).sort()).toEqual([...CLIENT_NAMESPACES].sort())
    expect(spanish.diary).toBe(CATALOGUES.es.diary)
    expect(spanish).not.toHaveProperty('email')
    expect(spanish).not.toHaveProperty('consentPdf')
  })
})
