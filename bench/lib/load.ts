import autocannon from 'autocannon'

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p95Ms: number; requests: number; errors: number; non2xx: number }

type LoadOptions = {
  url: string
  connections?: number
  durationSeconds?: number
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH'
  headers?: Record<string, string>
  /** Builds each request (body, path) for every connection; used by write benchmarks. */
  requests?: autocannon.Request[]
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

/** Drives `url` with autocannon and reports throughput and latency percentiles from every response. */
export async function measureLoad({ url, connections = 20, durationSeconds = 10, method = 'GET', headers, requests }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, method, headers, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  return {
    requestsPerSecond: result.requests.total / durationSeconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

export function formatRow(label: string, result: LoadResult): string {
  return [
    label.padEnd(34),
    result.requestsPerSecond.toFixed(0).padStart(8),
    result.p50Ms.toFixed(1).padStart(9),
    result.p95Ms.toFixed(1).padStart(9),
    String(result.errors + result.non2xx).padStart(7),
  ].join(' ')
}

export const TABLE_HEADER = `${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'errors'.padStart(7)}`
