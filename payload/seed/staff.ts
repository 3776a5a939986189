/** Demo staff accounts; they share the generated DEMO_PASSWORD from `.env`. */
export const DEMO_STAFF = [
  { email: 'admin@harbourspine.example', name: 'Alex Admin', role: 'admin' },
  { email: 'editor@harbourspine.example', name: 'Erin Editor', role: 'editor' },
  { email: 'specialist@harbourspine.example', name: 'Dr Sam Specialist', role: 'specialist' },
] as const
