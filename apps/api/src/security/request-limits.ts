import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../errors.ts';
import type { SecurityOptions } from './security-options.ts';

/** A size as people read it: `20 MiB`, `1.5 MiB`, `64 KiB`. */
function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

function tooLarge(c: Context, code: string, message: string) {
  return c.json(errorBody(code, message), 413);
}

/** The files of a multipart body, with the 413 that the first broken limit calls for. */
async function checkFiles(c: Context, limits: SecurityOptions): Promise<Response | undefined> {
  let form: FormData;
  try {
    const buffer = await c.req.arrayBuffer();
    const contentType = c.req.header('Content-Type') ?? '';
    form = await new Response(buffer, { headers: { 'Content-Type': contentType } }).formData();
    // The route reads the body again (its own body limit, then the form validator): hand it the
    // bytes already read, and the parsed form.
    c.req.raw = new Request(c.req.raw, { body: buffer });
    c.req.bodyCache.formData = form;
  } catch {
    return c.json(errorBody('invalid_request', 'The multipart body could not be read.'), 400);
  }
  const files: { name: string; size: number }[] = [];
  for (const value of form.values()) if (typeof value !== 'string') files.push(value);
  if (files.length > limits.maxFiles) {
    return tooLarge(
      c,
      'too_many_files',
      `At most ${limits.maxFiles} files can be uploaded in one request; this one has ${files.length}.`,
    );
  }
  const big = files.find((file) => file.size > limits.maxFileBytes);
  if (big !== undefined) {
    return tooLarge(
      c,
      'file_too_large',
      `${big.name} is ${sizeText(big.size)}; each file is limited to ${sizeText(limits.maxFileBytes)}.`,
    );
  }
  return undefined;
}

/**
 * Bounds every request body before a route reads it: multipart uploads by request size, file
 * count and file size; every other body (JSON) by `maxJsonBytes`. Bodies without a declared
 * length are counted as they stream and cut off at the limit.
 */
export function requestLimits(limits: SecurityOptions): MiddlewareHandler {
  const upload = bodyLimit({
    maxSize: limits.maxUploadBytes,
    onError: (c) =>
      tooLarge(c, 'payload_too_large', `Upload requests are limited to ${sizeText(limits.maxUploadBytes)}.`),
  });
  const other = bodyLimit({
    maxSize: limits.maxJsonBytes,
    onError: (c) =>
      tooLarge(c, 'payload_too_large', `Request bodies are limited to ${sizeText(limits.maxJsonBytes)}.`),
  });
  return async (c, next) => {
    // GET and HEAD never carry a body (the adapter gives them none), and asking the Node adapter's
    // light request for `body` builds a full fetch Request (headers, AbortController) per request.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.raw.body === null) return next();
    const multipart = (c.req.header('Content-Type') ?? '').toLowerCase().startsWith('multipart/form-data');
    if (!multipart) return other(c, next);
    return upload(c, async () => {
      const refused = await checkFiles(c, limits);
      if (refused !== undefined) {
        c.res = refused;
        return;
      }
      await next();
    });
  };
}
