import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, Config, Endpoint, PayloadRequest, Plugin, UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

function notFound(message: string): Response {
  return Response.json({ errors: [{ message }] }, { status: 404 })
}

/**
 * Payload answers `POST /api/<auth collection>/verify/<token>` on every auth collection, and with
 * email verification off it queries a column that does not exist and answers 500. No account here
 * verifies by email (staff and patients are created by staff), so the route names nothing: 404.
 */
const noVerificationRoute: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () => notFound('Accounts here are not verified by email.'),
}

export const answerNotFoundForEmailVerification: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection: CollectionConfig) =>
    collection.auth && !(typeof collection.auth === 'object' && collection.auth.verify)
      ? { ...collection, endpoints: [noVerificationRoute, ...(collection.endpoints || [])] }
      : collection,
  ),
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
