import type { Rng } from './prng.ts';

/** The demo city: fictional names with GB/T 2260-style codes under province 53. */
export const DEMO_PROVINCE = { name: '云南省', code: '530000' } as const;

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

/** The hand-picked demo city and its eight counties (the first is the city's urban district). */
export const DEMO_CITY = {
  name: '云岭',
  code: '534000',
  counties: [
    { name: '岭东区', code: '534002' },
    { name: '松涧县', code: '534021' },
    { name: '墨溪县', code: '534022' },
    { name: '岚峰县', code: '534023' },
    { name: '澄水县', code: '534024' },
    { name: '雾川县', code: '534025' },
    { name: '枫阳县', code: '534026' },
    { name: '临澜市', code: '534081' },
  ],
} as const;

/** "岭东区" → "岭东": how a county is named inside branch-office names. */
export const shortName = (name: string) => (name.length > 2 ? name.slice(0, -1) : name);
