import type { MetricDef } from '@nianbao/schema';

/** Catalogue lookups by code: the definition and its position (for catalogue-ordered tables). */
export interface CatalogueIndex {
  get(code: string): MetricDef | undefined;
  /** Position in the catalogue; codes the catalogue does not know sort last. */
  order(code: string): number;
}

/** Indexes the catalogue once per render of a table instead of scanning it per row. */
export function indexCatalogue(metrics: readonly MetricDef[]): CatalogueIndex {
  const byCode = new Map<string, { def: MetricDef; at: number }>();
  metrics.forEach((def, at) => {
    byCode.set(def.code, { def, at });
  });
  return {
    get: (code) => byCode.get(code)?.def,
    order: (code) => byCode.get(code)?.at ?? Number.MAX_SAFE_INTEGER,
  };
}

/** Sorts items carrying a code into catalogue order, unknown codes last in code order. */
export function sortByCatalogue<T extends { code: string }>(items: readonly T[], index: CatalogueIndex): T[] {
  return [...items].sort((a, b) => index.order(a.code) - index.order(b.code) || a.code.localeCompare(b.code));
}
