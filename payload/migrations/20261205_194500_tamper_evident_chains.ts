import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no schema diff): hash chains over audit events, signed consents and consent PDFs,
// kept in their own `integrity` schema so that Payload's schema push never sees (or drops) them.
//
// Each insert into one of the three tables appends a link, in the same transaction, computed by a
// BEFORE INSERT trigger: link n holds the hash of link n-1 and
//   hash = sha256(prev_hash || '|' || canonical content of the row)
// (lib/integrity/chain.ts recomputes it). An advisory lock per chain keeps each chain linear under
// concurrent inserts; it is held only until the inserting transaction ends. `fields` keeps a digest of
// each canonical field, so a verification can say which field no longer matches.
//
// The trigger functions run as the migration's role (the tables' owner): the app role can read the
// links but never write them. Consents are withdrawn through integrity.withdraw_consents, the only
// way the app role changes a consent row (it has no UPDATE on the table).
//
// Idempotent: a schema-pushed database (dev, `npm test -- --push`) gets it applied after every push.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE SCHEMA IF NOT EXISTS integrity;

  CREATE TABLE IF NOT EXISTS integrity.chain_links (
    chain text NOT NULL,
    seq bigint NOT NULL,
    record_id integer NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    fields jsonb NOT NULL,
    linked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain, seq),
    UNIQUE (chain, record_id)
  );

  CREATE OR REPLACE FUNCTION integrity.links_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'integrity.chain_links is append-only: % is not allowed', TG_OP;
  END $$;
  DROP TRIGGER IF EXISTS chain_links_no_update_or_delete ON integrity.chain_links;
  CREATE TRIGGER chain_links_no_update_or_delete BEFORE UPDATE OR DELETE ON integrity.chain_links
    FOR EACH ROW EXECUTE FUNCTION integrity.links_refuse_change();
  DROP TRIGGER IF EXISTS chain_links_no_truncate ON integrity.chain_links;
  CREATE TRIGGER chain_links_no_truncate BEFORE TRUNCATE ON integrity.chain_links
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.links_refuse_change();

  -- Times in one fixed form whatever the session's time zone.
  CREATE OR REPLACE FUNCTION integrity.utc(value timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  $$;

  CREATE OR REPLACE FUNCTION integrity.link_hash(prev_hash text, content text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(prev_hash || '|' || content, 'UTF8')), 'hex')
  $$;

  CREATE OR REPLACE FUNCTION integrity.field_digests(content text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(key, left(encode(sha256(convert_to(value::text, 'UTF8')), 'hex'), 16)), '{}'::jsonb)
    FROM jsonb_each(content::jsonb)
  $$;

  -- The sealed content of each kind of row: an explicit list of columns, so that a column added later
  -- does not change the hash of rows written before it.
  CREATE OR REPLACE FUNCTION integrity.audit_event_content(e public.audit_events) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
      'id', e.id, 'action', e.action, 'outcome', e.outcome, 'actor_collection', e.actor_collection,
      'actor_id', e.actor_id, 'actor_label', e.actor_label, 'resource', e.resource,
      'resource_ids', e.resource_ids, 'ip', e.ip, 'user_agent', e.user_agent, 'detail', e.detail,
      'created_at', integrity.utc(e.created_at))::text
  $$;

  -- A withdrawal changes status, withdrawn_at, signed_key and updated_at only: they are not sealed.
  CREATE OR REPLACE FUNCTION integrity.consent_content(c public.consents) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
      'id', c.id, 'patient_id', c.patient_id, 'appointment_id', c.appointment_id, 'document_id', c.document_id,
      'document_version', c.document_version, 'document_title', c.document_title,
      'signed_at', integrity.utc(c.signed_at), 'typed_name', c.typed_name, 'drawing', c.drawing,
      'acknowledgements', c.acknowledgements, 'signature_meaning', c.signature_meaning,
      'text_sha256', c.text_sha256, 'snapshot_text', c.snapshot_text, 'ip', c.ip, 'user_agent', c.user_agent,
      'created_at', integrity.utc(c.created_at))::text
  $$;

  CREATE OR REPLACE FUNCTION integrity.consent_pdf_content(p public.consent_pdfs) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
      'id', p.id, 'consent_id', p.consent_id, 'patient_id', p.patient_id, 'sha256', p.sha256,
      'filename', p.filename, 'mime_type', p.mime_type, 'filesize', p.filesize,
      'created_at', integrity.utc(p.created_at))::text
  $$;

  CREATE OR REPLACE FUNCTION integrity.append_link(chain_name text, record integer, content text) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
  DECLARE
    last_link record;
    previous text;
  BEGIN
    -- One writer per chain at a time, until its transaction ends; each query below then sees the
    -- link the previous writer committed.
    PERFORM pg_advisory_xact_lock(hashtext('integrity.chain_links'), hashtext(chain_name));
    SELECT seq, hash INTO last_link FROM integrity.chain_links WHERE chain = chain_name ORDER BY seq DESC LIMIT 1;
    previous := coalesce(last_link.hash, repeat('0', 64));
    INSERT INTO integrity.chain_links (chain, seq, record_id, prev_hash, hash, fields)
    VALUES (chain_name, coalesce(last_link.seq, 0) + 1, record, previous,
      integrity.link_hash(previous, content), integrity.field_digests(content));
  END $$;
  REVOKE ALL ON FUNCTION integrity.append_link(text, integer, text) FROM PUBLIC;

  CREATE OR REPLACE FUNCTION integrity.link_audit_event() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  BEGIN
    PERFORM integrity.append_link('audit_events', NEW.id, integrity.audit_event_content(NEW));
    RETURN NEW;
  END $$;

  CREATE OR REPLACE FUNCTION integrity.link_consent() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  BEGIN
    PERFORM integrity.append_link('consents', NEW.id, integrity.consent_content(NEW));
    RETURN NEW;
  END $$;

  CREATE OR REPLACE FUNCTION integrity.link_consent_pdf() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  BEGIN
    PERFORM integrity.append_link('consent_pdfs', NEW.id, integrity.consent_pdf_content(NEW));
    RETURN NEW;
  END $$;

  -- "zz_": after any other BEFORE INSERT trigger, so the sealed row is the row stored.
  DROP TRIGGER IF EXISTS zz_audit_events_chain ON public.audit_events;
  CREATE TRIGGER zz_audit_events_chain BEFORE INSERT ON public.audit_events
    FOR EACH ROW EXECUTE FUNCTION integrity.link_audit_event();
  DROP TRIGGER IF EXISTS zz_consents_chain ON public.consents;
  CREATE TRIGGER zz_consents_chain BEFORE INSERT ON public.consents
    FOR EACH ROW EXECUTE FUNCTION integrity.link_consent();
  DROP TRIGGER IF EXISTS zz_consent_pdfs_chain ON public.consent_pdfs;
  CREATE TRIGGER zz_consent_pdfs_chain BEFORE INSERT ON public.consent_pdfs
    FOR EACH ROW EXECUTE FUNCTION integrity.link_consent_pdf();

  -- Rows written before this migration: linked in id order.
  DO $$
  DECLARE r record;
  BEGIN
    FOR r IN SELECT e.id, integrity.audit_event_content(e) AS content FROM public.audit_events e
      WHERE NOT EXISTS (SELECT 1 FROM integrity.chain_links l WHERE l.chain = 'audit_events' AND l.record_id = e.id) ORDER BY e.id LOOP
      PERFORM integrity.append_link('audit_events', r.id, r.content);
    END LOOP;
    FOR r IN SELECT c.id, integrity.consent_content(c) AS content FROM public.consents c
      WHERE NOT EXISTS (SELECT 1 FROM integrity.chain_links l WHERE l.chain = 'consents' AND l.record_id = c.id) ORDER BY c.id LOOP
      PERFORM integrity.append_link('consents', r.id, r.content);
    END LOOP;
    FOR r IN SELECT p.id, integrity.consent_pdf_content(p) AS content FROM public.consent_pdfs p
      WHERE NOT EXISTS (SELECT 1 FROM integrity.chain_links l WHERE l.chain = 'consent_pdfs' AND l.record_id = p.id) ORDER BY p.id LOOP
      PERFORM integrity.append_link('consent_pdfs', r.id, r.content);
    END LOOP;
  END $$;

  -- The one change the app makes to a signed consent (the consents_only_withdrawal trigger still checks it).
  CREATE OR REPLACE FUNCTION integrity.withdraw_consents(consent_ids integer[], withdrawn timestamptz) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH changed AS (
      UPDATE public.consents SET status = 'withdrawn', withdrawn_at = withdrawn, signed_key = NULL, updated_at = now()
      WHERE id = ANY(consent_ids) AND status = 'signed'
      RETURNING 1
    )
    SELECT count(*)::integer FROM changed
  $$;
  REVOKE ALL ON FUNCTION integrity.withdraw_consents(integer[], timestamptz) FROM PUBLIC;

  -- The sign-in rate limiter's table (rate-limiter-flexible's layout): created here, because the app
  -- role may not create tables.
  CREATE TABLE IF NOT EXISTS public.rate_limits (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS zz_consent_pdfs_chain ON public.consent_pdfs;
  DROP TRIGGER IF EXISTS zz_consents_chain ON public.consents;
  DROP TRIGGER IF EXISTS zz_audit_events_chain ON public.audit_events;
  DROP SCHEMA IF EXISTS integrity CASCADE;`)
}
