/**
 * What the app's database role may do, re-applied by the owner after every migration so that new
 * tables are covered. The app reads and writes Payload's tables, but audit events, signed consents,
 * consent PDFs and follow-up answers (and any child table of theirs) only take INSERT and SELECT: no UPDATE, DELETE or
 * TRUNCATE, whatever the app asks. A consent is withdrawn through integrity.withdraw_consents.
 */

/** Tables whose rows are never changed or removed once written. */
export const APPEND_ONLY_TABLES = ['audit_events', 'consents', 'consent_pdfs', 'follow_up_responses'] as const

type Query = (sql: string) => Promise<unknown>

export function quoteRole(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe role name: ${name}`)
  return `"${name}"`
}

/** Grants for `appRole` from a connection as the tables' owner: one query string, so one transaction. */
export async function grantAppRole(query: Query, appRole: string): Promise<void> {
  const app = quoteRole(appRole)
  const appendOnly = APPEND_ONLY_TABLES.map((table) => `'${table}'`).join(', ')
  await query(`
  GRANT USAGE ON SCHEMA public, integrity TO ${app};
  REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
  DO $$
  DECLARE t text;
  BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND (c.relname IN (${appendOnly}) OR c.relname ~ '^(${APPEND_ONLY_TABLES.join('|')})_') LOOP
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON public.%I FROM ${app}', t);
    END LOOP;
  END $$;
  REVOKE INSERT, UPDATE, DELETE ON public.payload_migrations FROM ${app};
  REVOKE ALL ON ALL TABLES IN SCHEMA integrity FROM ${app};
  GRANT SELECT ON ALL TABLES IN SCHEMA integrity TO ${app};
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
  GRANT EXECUTE ON FUNCTION integrity.withdraw_consents(integer[], timestamptz) TO ${app};`)
}
