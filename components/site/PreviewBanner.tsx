import { LivePreviewRefresher } from './LivePreviewRefresher'

/** Shown on every page while an editor previews drafts; also keeps the admin's live preview in sync. */
export function PreviewBanner({ serverURL }: { serverURL: string }) {
  return (
    <div className="preview-banner" id="preview-banner">
      <p>
        <strong>Previewing a draft</strong> — this page may show changes that are not published yet.{' '}
        <a href="/next/exit-preview" className="preview-banner__exit">
          Exit preview
        </a>
      </p>
      <LivePreviewRefresher serverURL={serverURL} />
    </div>
  )
}
