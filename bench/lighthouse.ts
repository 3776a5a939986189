/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated slow 4G and 4x slower CPU) on
 * the public pages and the portal's sign-in page, against the production build (`.next-bench`, built
 * when the sources changed) on a seeded database. Prints, per page, the median of LIGHTHOUSE_RUNS runs
 * (default 3): performance score, total blocking time, first and largest contentful paint and the
 * JavaScript transferred. Figures for the README; no test asserts them.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import lighthouse from 'lighthouse'

import { freePort } from '../scripts/lib/database'
import { waitForHttp } from '../scripts/lib/processes'
import { kib } from './lib/page-scripts'
import { startBenchStack } from './lib/stack'

const PAGES = ['/procedures/medial-branch-block', '/', '/faq', '/portal/sign-in']
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

type Result = { score: number; tbtMs: number; fcpMs: number; lcpMs: number; scriptBytes: number; scriptFiles: number }

async function startChromium() {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'))
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  })
  await waitForHttp(`http://127.0.0.1:${port}/json/version`, 30_000)
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    // Chromium's helpers may still be writing the profile for a moment after it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
  return { port, stop }
}

type NetworkItem = { resourceType?: string; transferSize?: number }

async function audit(url: string, port: number): Promise<Result> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits, runtimeError } = runner.lhr
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`)
  const requests = ((audits['network-requests'].details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter(
    (item) => item.resourceType === 'Script',
  )
  return {
    score: Math.round((categories.performance.score ?? 0) * 100),
    tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
    fcpMs: audits['first-contentful-paint'].numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
    scriptBytes: requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    scriptFiles: requests.length,
  }
}

/** The run with the median score (ties: the median total blocking time), so one row is one real run. */
function medianRun(results: Result[]): Result {
  const sorted = [...results].sort((a, b) => a.score - b.score || b.tbtMs - a.tbtMs)
  return sorted[Math.floor(sorted.length / 2)]
}

const stack = await startBenchStack()
const chromium = await startChromium()
try {
  await audit(`${stack.server.url}/`, chromium.port) // warm-up: first render of every lazy route and cache
  const rows: string[] = []
  for (const page of PAGES) {
    const results: Result[] = []
    for (let run = 0; run < RUNS; run++) results.push(await audit(`${stack.server.url}${page}`, chromium.port))
    const median = medianRun(results)
    const scores = results.map((result) => result.score).join(', ')
    rows.push(
      `| ${page} | ${median.score} (${scores}) | ${Math.round(median.tbtMs)} | ${Math.round(median.fcpMs)} | ${Math.round(median.lcpMs)} | ${kib(median.scriptBytes)} in ${median.scriptFiles} files |`,
    )
    console.log(rows.at(-1))
  }
  console.log(`\nLighthouse mobile, median of ${RUNS} runs per page (all runs' scores in brackets)\n`)
  console.log('| page | performance | total blocking time ms | first contentful paint ms | largest contentful paint ms | JavaScript transferred |')
  console.log('|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
  console.log()
} finally {
  await chromium.stop().catch((error) => console.error('Could not stop Chromium cleanly:', error))
  await stack.stop()
}
