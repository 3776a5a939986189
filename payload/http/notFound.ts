import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, Config, Endpoint, PayloadRequest, Plugin, UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

function notFound(message: string): Response {
  return Response.json({ errors: [{ message }] }, { status: 404 })
}

function answersNotFound(method: Endpoint['method'], path: string, message: string): Endpoint {
  return { method, path, handler: () => notFound(message) }
}

/**
 * Routes Payload gives every collection although they name nothing here, and which it answers with 500
 * (it queries tables or columns that do not exist): a collection's own endpoints come before Payload's,
 * so these answer 404 instead.
 * - `POST /api/<auth collection>/verify/<token>`: no account verifies by email (staff create them);
 * - `/api/<collection>/versions…` on a collection that keeps no versions.
 */
function routesThatNameNothing(collection: CollectionConfig): Endpoint[] {
  const routes: Endpoint[] = []
  if (collection.auth && !(typeof collection.auth === 'object' && collection.auth.verify)) {
    routes.push(answersNotFound('post', '/verify/:id', 'Accounts here are not verified by email.'))
  }
  if (!collection.versions) {
    const message = `${collection.slug} keeps no versions.`
    routes.push(answersNotFound('get', '/versions', message), answersNotFound('get', '/versions/:id', message), answersNotFound('post', '/versions/:id', message))
  }
  return routes
}

export const answerNotFoundForRoutesThatNameNothing: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection: CollectionConfig) => {
    const routes = routesThatNameNothing(collection)
    return routes.length && collection.endpoints !== false ? { ...collection, endpoints: [...routes, ...(collection.endpoints ?? [])] } : collection
  }),
})

/**
 * First upload handler of a collection stored on this server's disk: a file name that is not there
 * answers 404 (Payload would log an error and answer 500). Names that leave the folder are left to
 * Payload, which refuses them.
 */
export function answerNotFoundForMissingFile(staticDir: string): UploadHandler {
  const folder = path.resolve(staticDir)
  // Payload's type wants a handler that always or never answers; this one answers only when the file is missing.
  return (async (_req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response | void> => {
    const file = path.resolve(folder, params.filename)
    if (!file.startsWith(folder + path.sep)) return
    const found = await stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (!found) return notFound(`There is no file named ${params.filename}.`)
  }) as UploadHandler
}
