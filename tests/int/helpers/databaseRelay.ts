import net from 'node:net'

/**
 * A TCP relay to PostgreSQL that a test points one app server at: it can drop every connection and
 * refuse new ones (the database is gone), then let them through again. The other servers and the
 * test's own connections go straight to PostgreSQL and are not disturbed.
 */
export async function databaseRelay(target: URL) {
  const sockets = new Set<net.Socket>()
  const upstreams = new Set<net.Socket>()
  let cut = false
  const relay = net.createServer((client) => {
    if (cut) return client.destroy()
    const upstream = net.connect(Number(target.port || 5432), target.hostname)
    upstreams.add(upstream)
    upstream.once('close', () => upstreams.delete(upstream))
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.once('close', () => sockets.delete(socket))
    }
    client.pipe(upstream).pipe(client)
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  })
  const port = await new Promise<number>((resolve) => relay.listen(0, '127.0.0.1', () => resolve((relay.address() as net.AddressInfo).port)))
  const url = new URL(target)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return {
    url: url.toString(),
    /** The local ports of the relay's connections to PostgreSQL: pg_stat_activity's client_port of the server's sessions. */
    upstreamPorts: () => [...upstreams].map((socket) => socket.localPort).filter((value): value is number => value !== undefined),
    cut: () => {
      cut = true
      for (const socket of sockets) socket.destroy()
    },
    restore: () => {
      cut = false
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  }
}
