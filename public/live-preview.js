// Live preview for editors: loaded only while a staff member previews drafts (components/site/PreviewBanner.tsx),
// never on the public pages. It does what @payloadcms/live-preview-react's RefreshRouteOnSave does, without
// React: tells the admin window the page is ready, and re-renders the page when the editor saves.
;(() => {
  const script = document.currentScript
  const serverURL = script && script.dataset.serverUrl
  if (!serverURL) return
  const refresh = () => {
    const router = window.next && window.next.router
    if (router && typeof router.refresh === 'function') router.refresh()
    else window.location.reload()
  }
  window.addEventListener('message', (event) => {
    const data = event.data
    if (event.origin === serverURL && data && typeof data === 'object' && data.type === 'payload-document-event') refresh()
  })
  const admin = window.opener || window.parent
  if (admin && admin !== window) admin.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
})()
