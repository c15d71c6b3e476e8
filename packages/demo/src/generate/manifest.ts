import type { AgencyKind, Edition, Values } from '@nianbao/schema';
import { narrativeFacts } from '../model/narrative-facts.ts';
import type { Flaw, SyntheticReport } from '../model/synthetic-report.ts';
import { encodingName, renderingName } from '../render/render-spec.ts';
import type { CorpusEntry } from './demo-corpus.ts';
import { emptyT3, emptyT4, type T2Figures } from './figures.ts';
import { projectValues } from './project-values.ts';

/** One file of the corpus as the manifest records it: the ground truth for parser accuracy. */
export interface ManifestEntry {
  file: string;
  id: string;
  agency: string;
  kind: AgencyKind;
  region: string;
  regionCode: string;
  parentRegion: string;
  parentRegionCode: string;
  year: number;
  edition: Edition;
  format: string;
  rendering: string;
  encoding: string;
  eol?: 'lf' | 'crlf';
  published: string;
  flaws: Flaw[];
  /** Key into `Manifest.layouts`: the code list `values` is aligned with. */
  layout: string;
  /**
   * Printed values in layout order; null = printed blank. A shorter array means the cells after
   * it are not in the file at all (a truncated report). Expand with {@link expectedValues}.
   */
  values: (number | null)[];
  /** Coded narrative facts the prose states (`narrative.*` → value). */
  facts: Record<string, number>;
}

/** manifest.json: every file of the corpus with its expected content. */
export interface Manifest {
  generator: '@nianbao/demo';
  seed: number;
  reports: number;
  /** Code lists in printed order (table 2, table 3 row by row, table 4), one per printed layout. */
  layouts: Record<string, string[]>;
  files: ManifestEntry[];
}

const zeroT2 = (): T2Figures => {
  const doc = { made: 0, published: 0, repealed: 0, inForce: 0, totalPublic: 0 };
  const item = { prevItems: 0, change: 0, decisions: 0 };
  return {
    regulations: doc,
    normative: doc,
    license: item,
    otherServices: item,
    punishment: item,
    coercion: item,
    fees: { prevItems: 0, change: 0, amount: 0 },
    procurement: { count: 0, amount: 0 },
  };
};

/** The layouts a report can print: each edition, and 2021 tables that kept 其他对外管理服务事项. */
export function manifestLayouts(): Record<string, string[]> {
  const codes = (edition: Edition, keepOtherServices: boolean) =>
    Object.keys(
      projectValues({ t2: zeroT2(), t3: emptyT3(), t4: emptyT4() }, edition, {
        blankZeroResults: false,
        keepOtherServices,
      }),
    );
  return {
    '2019': codes('2019', false),
    '2021': codes('2021', false),
    '2021+other_services': codes('2021', true),
  };
}

const layoutOf = (report: SyntheticReport) =>
  report.edition === '2021' && 't2.other_services.decisions' in report.values
    ? '2021+other_services'
    : report.edition;

/** The manifest entry of one corpus file; throws if its values do not follow its layout. */
export function manifestEntry(entry: CorpusEntry, layouts: Record<string, string[]>): ManifestEntry {
  const { report, spec } = entry;
  const layout = layoutOf(report);
  const codes = layouts[layout] ?? [];
  const present = Object.keys(report.values);
  const values = codes.slice(0, present.length).map((code) => {
    const v = report.values[code];
    if (v === undefined)
      throw new Error(`${report.id}: ${code} missing; values are not a prefix of layout ${layout}`);
    return v;
  });
  if (present.length > codes.length)
    throw new Error(`${report.id}: more values than layout ${layout} has codes`);
  return {
    file: entry.file,
    id: report.id,
    agency: report.agency,
    kind: report.agencyKind,
    region: report.region.name,
    regionCode: report.region.code,
    parentRegion: report.parentRegion.name,
    parentRegionCode: report.parentRegion.code,
    year: report.year,
    edition: report.edition,
    format: spec.format,
    rendering: renderingName(spec),
    encoding: encodingName(spec),
    ...(spec.format === 'txt' ? { eol: spec.eol } : {}),
    published: report.published,
    flaws: report.flaws,
    layout,
    values,
    facts: narrativeFacts(report.narrative),
  };
}

/** The expected printed values of a manifest entry, keyed by metric code. */
export function expectedValues(
  manifest: Pick<Manifest, 'layouts'>,
  entry: Pick<ManifestEntry, 'layout' | 'values'>,
): Values {
  const codes = manifest.layouts[entry.layout];
  if (!codes) throw new Error(`manifest has no layout ${entry.layout}`);
  const out: Values = {};
  entry.values.forEach((v, i) => {
    const code = codes[i];
    if (code !== undefined) out[code] = v;
  });
  return out;
}
