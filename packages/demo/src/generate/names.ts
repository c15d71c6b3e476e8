import type { Rng } from './prng.ts';

/**
 * The demo city's province. The demo uses a real prefecture's divisions (GB/T 2260 codes) so region
 * resolution and the region tree work as they will on real data; every figure is synthetic.
 */
export const DEMO_PROVINCE = { name: '河南省', code: '410000' } as const;

/** First and second syllables of invented place names (combined, they are not meant to be real). */
const FIRST = [...'松墨岚澄雾枫桐临青石龙凤云白金玉清安兴德宁和永新长平丰太乐泰沙柳梅竹溪岭'];
const SECOND = [...'涧溪峰水川阳岗澜坪岩湖源山河田桥塘台庄坝冲营关口铺场坡湾洲林'];

/** A two-syllable invented name not yet in `taken`; `taken` is updated. */
export function inventName(rng: Rng, taken: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = rng.pick(FIRST) + rng.pick(SECOND);
    if (name[0] !== name[1] && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // The pools hold over a thousand pairs; exhausting them means a caller asked for too many.
  throw new RangeError('inventName: name pool exhausted');
}

// Multipliers coprime with the pool sizes (36 × 30 = 1,080 and 36 × 30 × 30 = 32,400), so n → n·m mod size is a
// bijection that scatters neighbouring indexes over the pool instead of walking it in order.
const SCATTER_2 = 389;
const SCATTER_3 = 12_347;

/** The n-th two-syllable name (n < 1,080): different for every n, the same on every run. */
export function nthName(n: number): string {
  const size = FIRST.length * SECOND.length;
  if (!Number.isInteger(n) || n < 0 || n >= size)
    throw new RangeError(`nthName: ${n} is outside 0..${size - 1}`);
  const k = (n * SCATTER_2) % size;
  return `${FIRST[Math.floor(k / SECOND.length)]}${SECOND[k % SECOND.length]}`;
}

/** The n-th three-syllable name (n < 32,400): different for every n, the same on every run. */
export function nthLongName(n: number): string {
  const size = FIRST.length * SECOND.length * SECOND.length;
  if (!Number.isInteger(n) || n < 0 || n >= size) {
    throw new RangeError(`nthLongName: ${n} is outside 0..${size - 1}`);
  }
  const k = (n * SCATTER_3) % size;
  const tail = k % (SECOND.length * SECOND.length);
  return `${FIRST[Math.floor(k / (SECOND.length * SECOND.length))]}${SECOND[Math.floor(tail / SECOND.length)]}${SECOND[tail % SECOND.length]}`;
}

/**
 * The demo city and eight of its counties (the first is an urban district). 嵩县 is left out on
 * purpose: the customer's real 嵩县 report must never sit beside generated figures for the same agency.
 */
export const DEMO_CITY = {
  name: '洛阳',
  code: '410300',
  counties: [
    { name: '涧西区', code: '410305' },
    { name: '孟津区', code: '410308' },
    { name: '新安县', code: '410323' },
    { name: '栾川县', code: '410324' },
    { name: '汝阳县', code: '410326' },
    { name: '宜阳县', code: '410327' },
    { name: '洛宁县', code: '410328' },
    { name: '伊川县', code: '410329' },
  ],
} as const;

/** "涧西区" → "涧西": how a county is named inside branch-office names. */
export const shortName = (name: string) => (name.length > 2 ? name.slice(0, -1) : name);
