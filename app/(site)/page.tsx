import { getPayloadClient } from '../../payload/queries/getPayloadClient'

export default async function HomePage() {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, limit: 1 })
  return (
    <main>
      <h1>{docs[0]?.heroHeading ?? 'Welcome'}</h1>
    </main>
  )
}
