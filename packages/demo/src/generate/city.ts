import type { AgencyKind } from '@nianbao/schema';
import type { Region } from '../model/synthetic-report.ts';
import {
  type ActivityProfile,
  DEPARTMENTS,
  OFFICE_PROFILE,
  TOWNSHIP_PROFILE,
  ZONE_PROFILE,
} from './departments.ts';
import { DEMO_CITY, DEMO_PROVINCE, inventName, nthLongName, nthName, shortName } from './names.ts';
import type { Rng } from './prng.ts';

/** How big a city is: the demo uses the default, the province-scale benchmark larger ones. */
export interface CityShape {
  counties: number;
  /** Departments per county and at city level (at most the template count). */
  departments: number;
  townships: number;
}

export const DEMO_SHAPE: CityShape = { counties: 8, departments: 15, townships: 8 };

/** One issuing body and everything the generator needs to simulate its years. */
export interface AgencyDef {
  /** Stable identifier, e.g. `410323-land`. */
  key: string;
  name: string;
  kind: AgencyKind;
  region: Region;
  parentRegion: Region;
  level: 'city' | 'county';
  profile: ActivityProfile;
  /** Multiplier on the profile: city units and large counties see more of everything. */
  scale: number;
  domains: readonly string[];
  /** Whom the unit reports information to, as the prose names it (市政府, 县政府 …). */
  superior: string;
  /** For a government's summary report: keys of the units it adds up; empty otherwise. */
  units: string[];
}

/** A prefecture-level city: its own region, parent province and all issuing bodies. */
export interface City {
  region: Region;
  province: Region;
  agencies: AgencyDef[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Names and codes of the city with this index: 0 is the hand-named demo city, others are invented. */
function cityNames(index: number, counties: number) {
  if (index === 0 && counties <= DEMO_CITY.counties.length) {
    return {
      province: { ...DEMO_PROVINCE },
      city: { name: `${DEMO_CITY.name}市`, code: DEMO_CITY.code },
      counties: DEMO_CITY.counties.slice(0, counties).map((c) => ({ ...c })),
    };
  }
  const provinceNo = 53 + Math.floor(index / 50);
  const prefix = `${provinceNo}${pad2(40 + (index % 50))}`;
  // Names follow from the index, not from draws per city: cities drew from a fresh pool each, so at
  // province scale later cities reused earlier cities' county names, and their agencies then read as
  // the same agency moving between regions (a new version replacing the old one) instead of new ones.
  const province = { name: `${nthName(provinceNo)}省`, code: `${provinceNo}0000` };
  // Two syllables while they last (1,080 cities), then three: never the same name twice.
  const city = { name: `${index < 1080 ? nthName(index) : nthLongName(index)}市`, code: `${prefix}00` };
  const list = Array.from({ length: counties }, (_, i) => {
    const name = nthLongName(index * counties + i);
    return i === 0
      ? { name: `${name}区`, code: `${prefix}02` }
      : { name: `${name}县`, code: `${prefix}${pad2(20 + i)}` };
  });
  return { province, city, counties: list };
}

/** Builds the city with this index: city government, office, departments, zone, and its counties. */
export function buildCity(rng: Rng, index: number, shape: CityShape): City {
  const names = cityNames(index, shape.counties);
  const city = names.city;
  const departments = DEPARTMENTS.slice(0, shape.departments);
  const agencies: AgencyDef[] = [];
  const cityUnits: AgencyDef[] = [];
  const base = { region: city, parentRegion: names.province, level: 'city' as const, superior: '省政府' };

  cityUnits.push({
    ...base,
    key: `${city.code}-office`,
    name: `${city.name}人民政府办公室`,
    kind: 'government_office',
    profile: OFFICE_PROFILE,
    scale: 3,
    domains: ['重大决策', '政策文件', '财政预决算'],
    units: [],
  });
  for (const d of departments) {
    cityUnits.push({
      ...base,
      key: `${city.code}-${d.key}`,
      name: `${city.name}${d.cityName}`,
      kind: 'department',
      profile: d.profile,
      scale: 2 * (0.6 + rng.next() * 0.8),
      domains: d.domains,
      superior: '市政府',
      units: [],
    });
  }
  if (index === 0) {
    cityUnits.push({
      ...base,
      key: `${city.code}-zone`,
      name: `${shortName(city.name)}经济技术开发区管理委员会`,
      kind: 'other',
      profile: ZONE_PROFILE,
      scale: 1,
      domains: ['招商引资', '项目建设', '企业服务'],
      superior: '市政府',
      units: [],
    });
  }
  agencies.push({
    ...base,
    key: `${city.code}-gov`,
    name: `${city.name}人民政府`,
    kind: 'government',
    profile: OFFICE_PROFILE,
    scale: 3,
    domains: ['重大决策', '政策文件', '重点项目'],
    units: cityUnits.map((u) => u.key),
  });
  agencies.push(...cityUnits);
  names.counties.forEach((county, i) => {
    agencies.push(...buildCounty(rng.fork(county.code), county, city, i === 0, shape));
  });
  return { region: city, province: names.province, agencies };
}

/** A county (or district): its government, office, departments and townships. */
function buildCounty(
  rng: Rng,
  county: Region,
  city: Region,
  district: boolean,
  shape: CityShape,
): AgencyDef[] {
  const size = 0.6 + rng.next() * 0.9;
  const superior = county.name.endsWith('区') ? '区政府' : county.name.endsWith('市') ? '市政府' : '县政府';
  const base = { region: county, parentRegion: city, level: 'county' as const, superior };
  const units: AgencyDef[] = [
    {
      ...base,
      key: `${county.code}-office`,
      name: `${county.name}人民政府办公室`,
      kind: 'government_office',
      profile: OFFICE_PROFILE,
      scale: size,
      domains: ['重大决策', '政策文件', '财政预决算'],
      superior: '市政府',
      units: [],
    },
  ];
  for (const d of DEPARTMENTS.slice(0, shape.departments)) {
    const name = d.countyName.includes('{county}')
      ? `${city.name}${d.cityName}${d.countyName.replace('{county}', shortName(county.name))}`
      : `${county.name}${d.countyName}`;
    units.push({
      ...base,
      key: `${county.code}-${d.key}`,
      name,
      kind: 'department',
      profile: d.profile,
      scale: size * (0.5 + rng.next()),
      domains: d.domains,
      units: [],
    });
  }
  const taken = new Set<string>();
  for (let i = 0; i < shape.townships; i++) {
    const stem = inventName(rng, taken);
    const suffix = district ? '街道办事处' : rng.chance(0.7) ? '镇人民政府' : '乡人民政府';
    units.push({
      ...base,
      key: `${county.code}-t${pad2(i + 1)}`,
      name: `${county.name}${stem}${suffix}`,
      kind: 'township',
      profile: TOWNSHIP_PROFILE,
      scale: 0.5 + rng.next(),
      domains: ['惠民政策', '村务公开', '乡村振兴'],
      units: [],
    });
  }
  const government: AgencyDef = {
    ...base,
    key: `${county.code}-gov`,
    name: `${county.name}人民政府`,
    kind: 'government',
    profile: OFFICE_PROFILE,
    scale: size * 1.5,
    domains: ['重大决策', '政策文件', '重点项目'],
    superior: '市政府',
    units: units.map((u) => u.key),
  };
  return [government, ...units];
}
