import type { ParsedReport } from '@nianbao/parser';
import { type AgencyKind, checkReport, type Edition, type Fact, METRICS, type Values } from '@nianbao/schema';
import type { ParsedFile } from '../import/import-batch.ts';

/** A small deterministic PRNG (mulberry32), so a world is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

type Division = { name: string; code: string };

interface AgencyPlan {
  name: string;
  kind: AgencyKind;
  /** The printed region: the county (or city) name, plus the township for township governments. */
  region: string;
  chain: { province: Division; city: Division; county: Division | null };
  lateAdopter: boolean;
}

const PROVINCE = { name: '测试省', code: '530000' };
const CITIES = [
  {
    city: { name: '甲市', code: '530100' },
    counties: [
      { name: '东区', code: '530102' },
      { name: '乙县', code: '530121' },
    ],
  },
  { city: { name: '丙市', code: '530200' }, counties: [{ name: '丁县', code: '530221' }] },
];

function agencies(): AgencyPlan[] {
  const plans: AgencyPlan[] = [];
  for (const { city, counties } of CITIES) {
    const cityChain = { province: PROVINCE, city, county: null };
    plans.push({
      name: `${city.name}人民政府`,
      kind: 'government',
      region: city.name,
      chain: cityChain,
      lateAdopter: false,
    });
    plans.push({
      name: `${city.name}教育局`,
      kind: 'department',
      region: city.name,
      chain: cityChain,
      lateAdopter: true,
    });
    for (const county of counties) {
      const chain = { province: PROVINCE, city, county };
      const at = (name: string, kind: AgencyKind, lateAdopter = false, township = '') => ({
        name,
        kind,
        region: `${county.name}${township}`,
        chain,
        lateAdopter,
      });
      plans.push(at(`${county.name}人民政府`, 'government'));
      plans.push(at(`${county.name}人民政府办公室`, 'government_office'));
      plans.push(at(`${county.name}教育局`, 'department'));
      plans.push(at(`${county.name}卫生健康委员会`, 'department', true));
      plans.push(at(`${county.name}城关镇人民政府`, 'township', false, '城关镇'));
      plans.push(at(`${county.name}石门乡人民政府`, 'township', false, '石门乡'));
    }
  }
  return plans;
}

const PRINTED = METRICS.filter((m) => m.table !== 'derived' && m.table !== 'narrative');
const NARRATIVE = METRICS.filter((m) => m.table === 'narrative');

/** One synthetic report as the parser would give it (values random, findings from the checker). */
export function syntheticReport(plan: AgencyPlan, year: number, seed: number, variant = ''): ParsedFile {
  const rng = prng(seed);
  const template: Edition = year >= 2021 && !plan.lateAdopter ? '2021' : '2019';
  const values: Values = {};
  for (const metric of PRINTED) {
    if (!metric.editions.includes(template) || rng.next() < 0.3) continue;
    const r = rng.next();
    values[metric.code] = r < 0.05 ? null : metric.unit === '万元' ? rng.int(0, 4000) / 100 : rng.int(0, 40);
  }
  const facts: Fact[] = [];
  let offset = 10;
  for (const metric of NARRATIVE) {
    if (rng.next() < 0.4) continue;
    const copies = rng.next() < 0.2 ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const value = metric.unit === '%' ? rng.int(10, 90) : rng.int(1, 500);
      facts.push({
        label: metric.code,
        value,
        unit: metric.unit,
        code: metric.code,
        start: offset,
        end: offset + 3,
      });
      offset += 20;
    }
  }
  // About a third of the reports come with the checker's errors, the rest as if they balanced.
  const findings = rng.next() < 0.35 ? checkReport(values, facts, template) : [];
  const text = `${plan.name}${year}年政府信息公开工作年度报告${variant}`;
  const parsed: ParsedReport = {
    file: `${plan.name}-${year}${variant}.txt`,
    agency: plan.name,
    region: plan.region,
    year,
    template,
    values,
    facts,
    findings,
    text,
    encoding: 'utf-8',
    format: 'txt',
    agencyKind: plan.kind,
    cells: {},
    regionCode: (plan.chain.county ?? plan.chain.city).code,
    regionChain: { ...plan.chain, township: null },
  };
  const bytes = new TextEncoder().encode(`${text}#${seed}`);
  return {
    parsed,
    file: {
      fileName: parsed.file,
      bytes,
      sha256: `synthetic-${plan.name}-${year}-${seed}${variant}`,
      source: 'demo',
    },
  };
}

/** Every agency's reports for 2019–2022 (a few years missing), in import order. */
export function syntheticWorld(seed = 7): { plans: AgencyPlan[]; reports: ParsedFile[] } {
  const plans = agencies();
  const rng = prng(seed);
  const reports: ParsedFile[] = [];
  for (const [i, plan] of plans.entries()) {
    for (const year of [2019, 2020, 2021, 2022]) {
      if (rng.next() < 0.1) continue;
      reports.push(syntheticReport(plan, year, seed * 1000 + i * 10 + year));
    }
  }
  return { plans, reports };
}

export type { AgencyPlan };
