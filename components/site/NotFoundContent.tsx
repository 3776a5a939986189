import Link from 'next/link'

/** Body of both "not found" pages: says what happened and offers the ways back. */
export function NotFoundContent() {
  return (
    <div className="not-found">
      <h1 id="page-title">Page not found</h1>
      <p className="page-header__summary">
        Sorry, we cannot find that page. It may have moved, or the address may be mistyped.
      </p>
      <h2>Where to go next</h2>
      <ul className="link-list">
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/procedures">See all our procedure guides</Link>
        </li>
        <li>
          <Link href="/faq">Read common questions</Link>
        </li>
      </ul>
    </div>
  )
}
