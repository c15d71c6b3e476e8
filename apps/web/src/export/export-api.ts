import { readEditToken } from '../lib/edit-token.ts';
import type { Provenance } from './export-item.ts';

/** The scope a chart's query names, as GET /api/briefing/provenance takes it. */
export interface ProvenanceScope {
  regions?: readonly string[] | undefined;
  regionIds?: readonly number[] | undefined;
  agencies?: readonly number[] | undefined;
  kind?: string | undefined;
  year?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Region totals leave out government summaries; per-agency views include them. */
  summaries?: 'include' | 'exclude' | undefined;
  flagged?: 'include' | 'exclude' | undefined;
}

function headers(): Record<string, string> {
  const token = readEditToken();
  return token === '' ? {} : { Authorization: `Bearer ${token}` };
}

/** The query string of a provenance request (repeated keys for lists, unset values left out). */
export function provenanceQuery(scope: ProvenanceScope): string {
  const params = new URLSearchParams();
  for (const code of scope.regions ?? []) params.append('region', code);
  for (const id of scope.regionIds ?? []) params.append('regionId', String(id));
  for (const id of scope.agencies ?? []) params.append('agency', String(id));
  const single = { kind: scope.kind, year: scope.year, from: scope.from, to: scope.to };
  for (const [key, value] of Object.entries(single)) if (value !== undefined) params.set(key, String(value));
  if (scope.summaries !== undefined) params.set('summaries', scope.summaries);
  if (scope.flagged !== undefined) params.set('flagged', scope.flagged);
  return params.toString();
}

/** The reports behind a chart's scope; undefined when the server cannot say (the export still works). */
export async function fetchProvenance(scope: ProvenanceScope): Promise<Provenance | undefined> {
  try {
    const response = await fetch(`/api/briefing/provenance?${provenanceQuery(scope)}`, {
      headers: headers(),
    });
    if (!response.ok) return undefined;
    return (await response.json()) as Provenance;
  } catch {
    return undefined;
  }
}

const fonts = new Map<string, Promise<string>>();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * An @font-face rule embedding a subset of Noto Sans CJK SC with exactly these characters, so the
 * SVG keeps its Chinese text on a machine without the font; '' when the server has no font.
 */
export function embeddedFontCss(text: string): Promise<string> {
  const chars = [...new Set(`${text} `)]
    .filter((c) => c.trim() !== '' || c === ' ')
    .sort()
    .join('');
  const known = fonts.get(chars);
  if (known !== undefined) return known;
  const made = fetch(`/api/briefing/font?text=${encodeURIComponent(chars)}`, { headers: headers() })
    .then(async (response) => {
      if (!response.ok) return '';
      const data = base64(new Uint8Array(await response.arrayBuffer()));
      return `@font-face{font-family:NianbaoExport;src:url(data:font/woff2;base64,${data}) format("woff2");}`;
    })
    .catch(() => '');
  fonts.set(chars, made);
  return made;
}
