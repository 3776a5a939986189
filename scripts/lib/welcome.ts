import { DEMO_PATIENTS } from '@/payload/seed/patients'
import { DEMO_STAFF } from '@/payload/seed/staff'

export function printWelcome(url: string): void {
  const password = process.env.DEMO_PASSWORD
  const lines = [
    '',
    `Harbour Spine Clinic is running at ${url}`,
    '',
    `  Public site        ${url}/`,
    `  Procedure page     ${url}/procedures/medial-branch-block`,
    `  CMS admin          ${url}/admin`,
    `  Patient portal     ${url}/portal`,
    `  Clinic workspace   ${url}/clinic`,
    '',
    `Demo sign-ins (password for all: ${password}, kept in .env):`,
    ...DEMO_STAFF.map((member) => `  ${member.role.padEnd(11)} ${member.email}   (at /admin)`),
    `  Staff also give a code from an authenticator app: add the demo key ${process.env.DEMO_TOTP_SECRET} to one`,
    '  (staff created in /admin set up their own app at their first sign-in).',
    ...DEMO_PATIENTS.map((patient) => `  ${'patient'.padEnd(11)} ${patient.email}   (at /portal)`),
    '',
    'Press Ctrl-C to stop the server and the database.',
    '',
  ]
  console.log(lines.join('\n'))
}
