/**
 * `tsx scripts/make-favicon.ts`: writes app/favicon.ico from app/icon.svg (run again after changing the
 * icon). An .ico file may hold PNG images: a 6-byte header, one 16-byte entry per image, the PNGs.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const APP = path.resolve(import.meta.dirname, '../app')
const SIZES = [16, 32, 48]

const svg = readFileSync(path.join(APP, 'icon.svg'))
const pngs = await Promise.all(SIZES.map((size) => sharp(svg, { density: 72 * (size / 32) * 4 }).resize(size, size).png().toBuffer()))

const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // 1 = icon
header.writeUInt16LE(pngs.length, 4)

let offset = header.length + 16 * pngs.length
const entries = pngs.map((png, index) => {
  const entry = Buffer.alloc(16)
  entry.writeUInt8(SIZES[index] % 256, 0) // width (0 would mean 256)
  entry.writeUInt8(SIZES[index] % 256, 1) // height
  entry.writeUInt16LE(1, 4) // colour planes
  entry.writeUInt16LE(32, 6) // bits per pixel
  entry.writeUInt32LE(png.length, 8)
  entry.writeUInt32LE(offset, 12)
  offset += png.length
  return entry
})

writeFileSync(path.join(APP, 'favicon.ico'), Buffer.concat([header, ...entries, ...pngs]))
console.log(`app/favicon.ico: ${SIZES.join(', ')} px`)
