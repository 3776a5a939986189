/** A request another site made the browser send (a form post, an image) does not act as the patient. */
export function isCrossSiteRequest(headers: { get(name: string): string | null }): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  return fetchSite === 'cross-site' || fetchSite === 'same-site'
}
