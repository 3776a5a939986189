/** Public addresses of CMS documents: the one place that maps a slug to a URL. */
type Sluggable = { slug?: string | null }

export const procedurePath = (doc: Sluggable) => (doc.slug ? `/procedures/${doc.slug}` : null)
export const conditionPath = (doc: Sluggable) => (doc.slug ? `/conditions/${doc.slug}` : null)
/** The page with slug "home" is the site's front page. */
export const pagePath = (doc: Sluggable) => (doc.slug === 'home' ? '/' : doc.slug ? `/${doc.slug}` : null)
