/**
 * `tsx bench/profile-summary.ts <file.cpuprofile> [rows] [windows.json]`: where a CPU profile's time
 * went, as text. Prints self time summed by where the code lives (a package in node_modules, a chunk
 * of the Next build, Node's internals), the functions with the most self time, and the functions
 * with the most total time (time with them anywhere on the stack, counted once per sample). With a
 * windows file (bench/diary.ts writes `load-windows.json` beside the profile: when the app was under
 * load, on the same monotonic clock as the profile) only the samples taken under load count.
 */
import { readFileSync } from 'node:fs'

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }
/** A stretch of time in microseconds of the monotonic clock (`process.hrtime`), as the profile counts. */
export type Window = { label: string; startUs: number; endUs: number }

/** Where a function lives: `pkg:<name>` for node_modules, the build chunk, `node:<module>`, or V8's own. */
export function placeOf(url: string): string {
  if (!url) return '(native / V8)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return `pkg:${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`
  const build = url.match(/\.next[^/]*\/(server\/.*)$/)
  if (build) return `build:${build[1]}`
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
}

function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)'
  return frame.url ? `${name} ${placeOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : name
}

function top(map: Map<string, number>, rows: number, totalMs: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${key}`)
}

export function summarise(profile: Profile, rows = 25, windows: Window[] = []): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const places = new Map<string, number>()
  let totalMs = 0
  let at = profile.startTime
  const counted = (time: number) => windows.length === 0 || windows.some((window) => time >= window.startUs && time <= window.endUs)
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    at += profile.timeDeltas[index] ?? 0
    if (!counted(at)) return
    totalMs += ms
    const frame = byId.get(id)!.callFrame
    self.set(label(frame), (self.get(label(frame)) ?? 0) + ms)
    places.set(placeOf(frame.url), (places.get(placeOf(frame.url)) ?? 0) + ms)
    const onStack = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) onStack.add(label(byId.get(node)!.callFrame))
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + ms)
  })
  return [
    `profile: ${totalMs.toFixed(0)} ms sampled${windows.length ? ` under load (${windows.map((window) => window.label).join(', ')})` : ''}`,
    '',
    'self time by place:',
    ...top(places, rows, totalMs),
    '',
    'self time by function:',
    ...top(self, rows, totalMs),
    '',
    'total time by function:',
    ...top(total, rows * 2, totalMs),
  ].join('\n')
}

if (process.argv[2]) {
  const windows = process.argv[4] ? (JSON.parse(readFileSync(process.argv[4], 'utf8')) as Window[]) : []
  console.log(summarise(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, Number(process.argv[3] ?? 25), windows))
}
