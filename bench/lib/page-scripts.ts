import http from 'node:http'

export type ScriptFile = { src: string; bytes: number; encoding: string }
export type PageScripts = { files: ScriptFile[]; bytes: number; inlineBytes: number }

/**
 * The `src` of every external script a current browser runs (Next's chunks), in document order, once
 * each: module-capable browsers skip `nomodule` scripts (Next's polyfills), so they are not counted.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter((src): src is string => Boolean(src))
    .map((src) => src.replace(/&amp;/g, '&'))
  return [...new Set(sources)]
}

/** Characters of inline script (Next's bootstrap and its serialised page data), counted apart from the files. */
export function inlineScriptBytes(html: string): number {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]), 0)
}

/** Bytes on the wire as the server sends them to a browser that accepts br and gzip (not decompressed). */
function transferSize(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume()
        reject(new Error(`${url} answered ${response.statusCode}`))
        return
      }
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.length))
      response.on('end', () => resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') }))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

/** The JavaScript files a page loads, with their compressed size as served. */
export async function measurePageScripts(pageUrl: string, html: string): Promise<PageScripts> {
  const files: ScriptFile[] = []
  for (const src of scriptSources(html)) {
    const { bytes, encoding } = await transferSize(new URL(src, pageUrl).href)
    files.push({ src, bytes, encoding })
  }
  return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), inlineBytes: inlineScriptBytes(html) }
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** One line per file, then the total. */
export function formatPageScripts({ files, bytes, inlineBytes }: PageScripts): string {
  const lines = files.map((file) => `  ${kib(file.bytes).padStart(9)}  ${file.encoding.padEnd(8)}  ${file.src}`)
  return [
    ...lines,
    `  ${kib(bytes).padStart(9)}  in ${files.length} script files, compressed as served (nomodule polyfills not counted)`,
    `  ${kib(inlineBytes).padStart(9)}  of inline script in the HTML, uncompressed (Next's bootstrap and page data)`,
  ].join('\n')
}
