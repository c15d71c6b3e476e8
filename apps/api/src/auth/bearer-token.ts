/**
 * The token of an `Authorization: Bearer <token>` header; undefined when the header is missing,
 * null when it is there but is not a bearer credential.
 */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header.trim());
  return match?.[1] ?? null;
}
