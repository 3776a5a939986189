/**
 * Shown on every page while an editor previews drafts; also keeps the admin's live preview in sync
 * through a small plain script (public/live-preview.js). It is not a React client component on
 * purpose: any client component the public layout imports ships to every visitor, previewing or not.
 */
export function PreviewBanner({ serverURL }: { serverURL: string }) {
  return (
    <div className="preview-banner" id="preview-banner">
      <p>
        <strong>Previewing a draft</strong> — this page may show changes that are not published yet.{' '}
        <a href="/next/exit-preview" className="preview-banner__exit">
          Exit preview
        </a>
      </p>
      <script src="/live-preview.js" data-server-url={serverURL} async />
    </div>
  )
}
