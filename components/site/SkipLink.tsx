/** First focusable element of every page: jumps past the header to the content. */
export function SkipLink({ target = 'main', label = 'Skip to main content' }: { target?: string; label?: string }) {
  return (
    <a className="skip-link" href={`#${target}`}>
      {label}
    </a>
  )
}
