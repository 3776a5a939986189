/** Demo patients (demo only). They share the generated DEMO_PASSWORD, like the demo staff. */
export const DEMO_PATIENTS = [
  {
    email: 'pat.morgan@example.com',
    fullName: 'Pat Morgan',
    dateOfBirth: '1968-04-12',
    clinicNumber: 'HSC-104512',
    phone: '07700 900123',
    appointments: [{ daysFromNow: 5, time: '09:30', blockNumber: 1, agent: 'lidocaine', side: 'both', levels: 'L4-L5, L5-S1', status: 'scheduled' }],
  },
  {
    email: 'jordan.reid@example.com',
    fullName: 'Jordan Reid',
    dateOfBirth: '1975-09-30',
    clinicNumber: 'HSC-104877',
    phone: '07700 900456',
    appointments: [
      { daysFromNow: -14, time: '10:00', blockNumber: 1, agent: 'lidocaine', side: 'right', levels: 'C5-C6', status: 'done' },
      { daysFromNow: 9, time: '11:15', blockNumber: 2, agent: 'bupivacaine', side: 'right', levels: 'C5-C6', status: 'scheduled' },
    ],
  },
] as const
