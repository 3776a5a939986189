import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter, type PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { lexicalEditor, LinkFeature, RelationshipFeature, UploadFeature } from '@payloadcms/richtext-lexical'
import { buildConfig, type PayloadRequest } from 'payload'
import pg from 'pg'
import sharp from 'sharp'

import { Appointments } from './collections/Appointments'
import { AuditEvents } from './collections/AuditEvents'
import { Conditions } from './collections/Conditions'
import { ConsentDocuments } from './collections/ConsentDocuments'
import { ConsentPdfs } from './collections/ConsentPdfs'
import { Consents } from './collections/Consents'
import { Diaries } from './collections/Diaries'
import { DiaryEntries } from './collections/DiaryEntries'
import { DiaryReminders } from './collections/DiaryReminders'
import { OutcomeInstruments } from './collections/OutcomeInstruments'
import { FollowUpPlans } from './collections/FollowUpPlans'
import { FollowUps } from './collections/FollowUps'
import { FollowUpResponses } from './collections/FollowUpResponses'
import { PushSubscriptions } from './collections/PushSubscriptions'
import { Faqs } from './collections/Faqs'
import { InstructionConfirmations } from './collections/InstructionConfirmations'
import { Instructions } from './collections/Instructions'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { PatientSessions } from './collections/PatientSessions'
import { Patients } from './collections/Patients'
import { Procedures } from './collections/Procedures'
import { SecondFactorSessions } from './collections/SecondFactorSessions'
import { QuestionnaireTemplates } from './collections/QuestionnaireTemplates'
import { Users } from './collections/Users'
import { emailAdapter } from './payload/email'
import { hasRole } from './payload/access'
import { keepInternalCollectionsToStaff } from './payload/access/internalCollections'
import { requireSecondStepForStaff } from './payload/auth/secondFactor'
import { logPoolErrors } from './payload/db/poolErrors'
import { DATABASE_POOL_SIZE, limitOpenTransactions } from './payload/db/transactionSlots'
import { databaseTimeouts } from './payload/db/timeouts'
import { fhirConsent, fhirQuestionnaireResponse } from './payload/endpoints/fhir'
import { integrityEndpoint } from './payload/endpoints/integrity'
import { requireSecret, serverUrl } from './payload/env'
import { appLogger } from './payload/http/logging'
import { answerNotFoundForRoutesThatNameNothing } from './payload/http/notFound'
import { boundRestRequests, DEFAULT_DEPTH, MAX_DEPTH } from './payload/http/requestBounds'
import { answerUnavailableWhenTheDatabaseFails } from './payload/http/unavailableAfterError'
import { BlockAnalysisSettings } from './payload/globals/BlockAnalysisSettings'
import { SiteSettings } from './payload/globals/SiteSettings'
import { diaryReminderTask } from './payload/jobs/diaryReminder'
import { requireVapidKeys } from './payload/reminders/vapid'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './lib/i18n/config'
import { mediaStorage, reportObjectStorage } from './payload/storage/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Jobs run on the server's own schedule; through the REST API only an admin may run, queue or cancel them. */
const adminRequest = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

// Web Push reminders are signed with the clinic's VAPID keys: production refuses to start without them.
requireVapidKeys()

export default buildConfig({
  serverURL: serverUrl(),
  secret: requireSecret('PAYLOAD_SECRET'),
  admin: {
    user: Users.slug,
    meta: {
      // Payload puts a space between the page title and the suffix.
      titleSuffix: '· Harbour Spine Clinic admin',
      description: 'Content and staff administration for Harbour Spine Clinic.',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/admin-icon.svg' }],
      openGraph: { siteName: 'Harbour Spine Clinic', description: 'Content and staff administration for Harbour Spine Clinic.' },
    },
    // Payload's built-in avatar: the default fetches each staff member's Gravatar from another origin
    // (which the admin's Content-Security-Policy refuses, and which would tell Gravatar who signs in).
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/components/admin/branding/ClinicLogo#ClinicLogo', Icon: '/components/admin/branding/ClinicIcon#ClinicIcon' },
      // Specialists and admins reach the clinic workspace from the navigation and the dashboard.
      beforeNavLinks: ['/components/admin/ClinicWorkspaceLink#ClinicWorkspaceLink'],
      beforeDashboard: ['/components/admin/ClinicWorkspaceLink#ClinicWorkspaceLink'],
      // Admins see whether the audit log and signed consents still match their hash chains.
      afterDashboard: ['/components/admin/IntegrityStatus#IntegrityStatus'],
      // After the password, staff finish signing in on the second-step view (set up an app, or give a code).
      beforeLogin: ['/components/admin/second-factor/SendToSecondStep#SendToSecondStep'],
      views: {
        secondFactor: { Component: '/components/admin/second-factor/SecondFactorView#SecondFactorView', path: '/second-factor', exact: true },
      },
    },
    livePreview: {
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  collections: [
    Users,
    Procedures,
    Conditions,
    Faqs,
    Pages,
    Media,
    Instructions,
    Patients,
    Appointments,
    InstructionConfirmations,
    ConsentDocuments,
    Consents,
    ConsentPdfs,
    QuestionnaireTemplates,
    Diaries,
    DiaryEntries,
    DiaryReminders,
    OutcomeInstruments,
    FollowUpPlans,
    FollowUps,
    FollowUpResponses,
    PushSubscriptions,
    PatientSessions,
    SecondFactorSessions,
    AuditEvents,
  ],
  globals: [SiteSettings, BlockAnalysisSettings],
  // What patients read is kept per language (fields marked `localized`); a text not yet translated
  // reads in English. The admin itself stays in the staff's English.
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // Every request is bounded (payload/http/requestBounds.ts): a REST caller asking for more is refused.
  maxDepth: MAX_DEPTH,
  defaultDepth: DEFAULT_DEPTH,
  editor: lexicalEditor({
    // A document linked or embedded in rich text is populated one level, never the documents it links in turn.
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !['link', 'relationship', 'upload'].includes(feature.key)),
      LinkFeature({ enabledCollections: ['procedures', 'conditions', 'pages'], maxDepth: 1 }),
      RelationshipFeature({ maxDepth: 1 }),
      UploadFeature({ maxDepth: 1 }),
    ],
  }),
  db: postgresAdapter({
    // The project's own pg, the one drizzle-orm uses: with db-postgres's nested copy, drizzle cannot tell
    // (minified, in the production build) that the pool is a Pool, and runs transactions across connections.
    pg: pg as unknown as PostgresAdapterArgs['pg'],
    // A request that cannot get a connection in 20 s fails (and is logged) instead of waiting forever.
    // Statements and lock waits are cut off (payload/db/timeouts.ts).
    pool: { connectionString: process.env.DATABASE_URL, max: DATABASE_POOL_SIZE, connectionTimeoutMillis: 20_000, ...databaseTimeouts() },
    // DATABASE_URL is the app's least-privilege role; scripts/prepare-database.ts swaps in the owner's
    // URL (DATABASE_OWNER_URL) for migrations. Only `npm run dev` pushes the schema (as the owner, at
    // start); every other path applies the committed migrations.
    push: process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(dirname, 'payload/migrations'),
  }),
  onInit: (payload) => {
    limitOpenTransactions(payload.db)
    logPoolErrors(payload)
    keepInternalCollectionsToStaff(payload)
    boundRestRequests(payload)
    requireSecondStepForStaff(payload)
    void reportObjectStorage(payload.logger)
  },
  // Media in the S3 bucket when S3_BUCKET is set (payload/storage/README.md).
  plugins: [answerNotFoundForRoutesThatNameNothing, mediaStorage()],
  // A database that is not answering is a pause (503, Retry-After), never "signed out" or "not found".
  hooks: { afterError: [answerUnavailableWhenTheDatabaseFails] },
  // JSON lines with the request's id; errors as name, code and message only (no stacks, no answers).
  logger: appLogger(),
  endpoints: [fhirQuestionnaireResponse, fhirConsent, integrityEndpoint],
  email: emailAdapter(),
  graphQL: { disable: true },
  jobs: {
    access: { run: adminRequest, queue: adminRequest, cancel: adminRequest },
    // Scheduled publishing and diary reminders run as jobs; every app instance polls the shared Postgres queue.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.PAYLOAD_DISABLE_JOBS !== 'true',
    tasks: [diaryReminderTask],
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
})
