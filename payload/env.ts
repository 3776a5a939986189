/**
 * Secrets come from the environment. `npm start` and `npm run dev` generate local ones into the
 * ignored `.env` file on first start; a production server refuses to start without them.
 */
export function requireSecret(name: string): string {
  const value = process.env[name]
  if (value && value.length >= 32) return value
  const problem = value ? `${name} is too short (use at least 32 random characters)` : `${name} is not set`
  throw new Error(
    `${problem}. Set it in the server's environment (e.g. \`openssl rand -hex 32\`). ` +
      'For a local demo, `npm start` generates one into .env for you.',
  )
}

export function serverUrl(): string {
  return (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}
