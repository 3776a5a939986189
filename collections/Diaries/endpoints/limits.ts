/** Autosave batches are small (at most 20 answers of a few hundred characters). */
export const MAX_BODY_BYTES = 32 * 1024
export const TOO_LARGE = `This request is larger than ${MAX_BODY_BYTES / 1024} KB. Send fewer answers at a time.`
