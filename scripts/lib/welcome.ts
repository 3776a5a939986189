import { DEMO_STAFF } from '../../payload/seed/staff'

export function printWelcome(url: string): void {
  const password = process.env.DEMO_PASSWORD
  const lines = [
    '',
    `Harbour Spine Clinic is running at ${url}`,
    '',
    `  Public site        ${url}/`,
    `  Medial branch block ${url}/procedures/medial-branch-block`,
    `  CMS admin          ${url}/admin`,
    '',
    `Demo sign-ins (password for all: ${password}, kept in .env):`,
    ...DEMO_STAFF.map((member) => `  ${member.role.padEnd(11)} ${member.email}`),
    '',
    'Press Ctrl-C to stop the server and the database.',
    '',
  ]
  console.log(lines.join('\n'))
}
