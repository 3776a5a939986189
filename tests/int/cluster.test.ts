/**
 * `npm run start:cluster` as a user runs it, on this run's database and build: two instances behind the
 * local balancer on a free port. Requests reach both, a patient signs in and autosaves through the
 * balancer, and SIGTERM to npm (what a process manager sends) stops every process it started.
 * DATABASE_URL names the test database's superuser, as a user's own server would; the cluster finds
 * the migrations applied and the data there, and reuses the build in NEXT_DIST_DIR (it must not build).
 */
import { spawn, type ChildProcess } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/scripts/lib/database'
import { PROJECT_ROOT } from '@/scripts/lib/env'
import { createDiaryPatient, entry, storedEntries } from './helpers/diary'
import { signInPatient, TEST_PATIENT_PASSWORD } from './helpers/patients'
import { getTestPayload } from './helpers/payload'
import { groupAlive, portIsFree, untilStopped } from './helpers/processGroup'

/** Past the instances' 10 s drain and the 15 s after which the script kills what is left. */
const STOP_WITHIN_MS = 20_000

let payload: Payload
let npm: ChildProcess | undefined

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(() => {
  // Whatever a failed test left behind: the whole group npm leads.
  if (npm?.pid && groupAlive(npm.pid)) process.kill(-npm.pid, 'SIGKILL')
})

/** Starts `npm run start:cluster` on `port` and resolves with the instances' ports once the balancer answers. */
function startCluster(port: number): Promise<number[]> {
  npm = spawn('npm', ['run', 'start:cluster', '--silent'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      SERVER_URL: `http://localhost:${port}`,
      DATABASE_URL: process.env.DATABASE_ADMIN_URL,
      CLUSTER_INSTANCES: '2',
    },
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const read = (text: string) => {
      output += text
      // Building again would replace the build the test server is serving, and cost minutes.
      if (output.includes('Building the app')) reject(new Error('start:cluster would build again instead of reusing the build in NEXT_DIST_DIR'))
      const balancing = /Balancing \S+ over ports ([\d, ]+)\./.exec(output)
      if (balancing) resolve(balancing[1].split(', ').map(Number))
    }
    for (const stream of [npm!.stdout, npm!.stderr]) stream?.setEncoding('utf8').on('data', read)
    npm!.once('exit', (code) => reject(new Error(`start:cluster exited early (${code}):\n${output.slice(-2_000)}`)))
  })
}

describe('npm run start:cluster', () => {
  it('balances over two instances; a patient signs in and autosaves through it; SIGTERM stops every process it started', async () => {
    const patient = await createDiaryPatient(payload, 'Cluster Patient')
    const port = await freePort()
    const url = `http://localhost:${port}`
    const instancePorts = await startCluster(port)
    expect(instancePorts).toHaveLength(2)

    // Turns are taken: four answers come from both instances.
    const answeredBy = new Set<string | null>()
    for (let i = 0; i < 4; i++) {
      const health = await fetch(`${url}/api/health`)
      expect(health.status).toBe(200)
      answeredBy.add(health.headers.get('x-instance'))
    }
    expect([...answeredBy].sort()).toEqual(instancePorts.map(String).sort())

    // Sign-in takes two requests (the CSRF token, then the credentials), so each goes to another instance.
    const ip = `10.77.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`
    const signedIn = await signInPatient(patient.email, TEST_PATIENT_PASSWORD, { ip, baseUrl: url })
    expect(signedIn.ok).toBe(true)
    // Two answers one after the other (the later one is kept), so both instances take one.
    const saves: Array<ReturnType<typeof entry>> = []
    for (const nrs of [5, 4]) {
      const answer = entry('baseline', nrs)
      saves.push(answer)
      const saved = await fetch(`${url}/api/diaries/${patient.blockAppointmentId}/entries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: signedIn.cookie },
        body: JSON.stringify({ entries: [answer] }),
      })
      expect(saved.status).toBe(200)
      await saved.arrayBuffer()
    }
    const stored = await storedEntries(payload, patient.blockAppointmentId)
    expect(stored.map((row) => row.clientId)).toEqual([saves[1].clientId])

    npm!.kill('SIGTERM')
    const stoppedAfter = await untilStopped(url, npm!.pid!, STOP_WITHIN_MS)
    console.log(`cluster: every process npm started had exited ${stoppedAfter} ms after SIGTERM`)
    expect(await portIsFree(port)).toBe(true)
  }, 240_000)
})
