import type { RegionLevel } from '../database.ts';

/** One level of a region code's chain of ancestors. */
export interface CodedLevel {
  code: string;
  level: RegionLevel;
}

// Province names are fixed by GB/T 2260 and few; lower levels are named by the report itself.
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

// Municipalities have no prefecture between them and their districts (110100 is only "市辖区").
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/**
 * A GB/T 2260 code (6 digits) or a township code (9 digits, or the 12-digit statistical form ending
 * in 000), normalised to 6 or 9 digits; null for anything else.
 */
export function normaliseRegionCode(code: string): string | null {
  const trimmed = code.trim();
  if (/^\d{12}$/.test(trimmed)) return trimmed.endsWith('000') ? trimmed.slice(0, 9) : null;
  if (!/^\d{6}(\d{3})?$/.test(trimmed)) return null;
  return trimmed;
}

/** The name GB/T 2260 gives a province code's first two digits, if it is a province. */
export function provinceName(code: string): string | undefined {
  return PROVINCE_NAMES[code.slice(0, 2)];
}

/**
 * The chain of codes from the province down to this code: province = first 2 digits + 0000, city =
 * first 4 + 00 (skipped for municipalities and for 省直辖县级 codes xx90xx), county = 6 digits,
 * township = 9 digits. Empty for a code that is not a region code.
 */
export function regionCodeChain(code: string): CodedLevel[] {
  const normal = normaliseRegionCode(code);
  if (normal === null || provinceName(normal) === undefined) return [];
  const province = normal.slice(0, 2);
  const chain: CodedLevel[] = [{ code: `${province}0000`, level: 'province' }];
  const cityPart = normal.slice(2, 4);
  const countyPart = normal.slice(4, 6);
  const directlyAdministered = MUNICIPALITIES.has(province) || cityPart === '90';
  if (cityPart !== '00' && !directlyAdministered)
    chain.push({ code: `${normal.slice(0, 4)}00`, level: 'city' });
  if (countyPart !== '00') chain.push({ code: normal.slice(0, 6), level: 'county' });
  if (normal.length === 9) chain.push({ code: normal, level: 'township' });
  return chain;
}
