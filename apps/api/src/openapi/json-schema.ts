import { z } from 'zod';

type Json = Record<string, unknown>;

/**
 * A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12). Definitions zod extracts for
 * recursive schemas (`$defs`) move to components.schemas under `prefix`, with their refs rewritten,
 * because `#/$defs/…` would otherwise point into the OpenAPI document's root.
 */
export function toSchemaObject(
  schema: z.ZodType,
  io: 'input' | 'output',
  prefix: string,
  components: Record<string, unknown>,
): Json {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  const { $schema: _dialect, $defs, ...rest } = converted;
  const rename = (name: string) => `${prefix}_${name}`.replace(/[^A-Za-z0-9._-]/g, '_');
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) =>
        key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
          ? [key, `#/components/schemas/${rename(value.slice('#/$defs/'.length))}`]
          : [key, rewrite(value)],
      ),
    );
  };
  if ($defs && typeof $defs === 'object') {
    for (const [name, def] of Object.entries($defs)) components[rename(name)] = rewrite(def);
  }
  return rewrite(rest) as Json;
}
