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
