/**
 * The portal's app icon, drawn here as SVG (a vertebral column on the clinic's teal) and turned into
 * the PNG sizes a home screen asks for by `app/(portal)/portal/icons/[file]/route.ts`.
 */
export const THEME_COLOUR = '#0e5a66'
export const BACKGROUND_COLOUR = '#ffffff'

/** `padding` leaves the safe zone a maskable icon needs (launchers crop up to a fifth on each side). */
export function appIconSvg({ padding }: { padding: number }): string {
  const size = 512
  const inner = size - 2 * padding
  const scale = inner / size
  const vertebrae = [0, 1, 2, 3, 4]
    .map((index) => {
      const y = 88 + index * 72
      const width = 150 + index * 14
      return `<rect x="${256 - width / 2}" y="${y}" width="${width}" height="52" rx="22" fill="#ffffff"/>`
    })
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${THEME_COLOUR}"/>
  <g transform="translate(${padding} ${padding}) scale(${scale})">
    <rect x="244" y="60" width="24" height="400" rx="12" fill="#9fd3da"/>
    ${vertebrae}
  </g>
</svg>`
}
