import { z } from 'zod';

/** Most files in one POST /api/reports. */
export const MAX_FILES_PER_UPLOAD = 50;
/** Largest request body of POST /api/reports. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

const file = z.instanceof(File, { message: 'expected a file' });

/** Multipart body of POST /api/reports: one or many `file` fields. */
export const uploadFormSchema = z.object({
  file: z
    .union([file, z.array(file)])
    .transform((f) => (Array.isArray(f) ? f : [f]))
    .pipe(z.array(file).min(1).max(MAX_FILES_PER_UPLOAD)),
});
