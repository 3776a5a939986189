import Link from 'next/link'

export default function Forbidden() {
  return (
    <div className="page-header">
      <h1>Clinical staff only</h1>
      <p>
        The clinic workspace shows patients’ diaries, so only specialists and admins can open it. Content editors
        manage the public site in the <Link href="/admin">CMS admin</Link>.
      </p>
    </div>
  )
}
