import type { ActivityProfile } from './departments.ts';
import type { DocFigures, ItemFigures, T2Figures } from './figures.ts';
import type { Rng } from './prng.ts';

/** What table 2 carries from one year to the next: document stocks and item counts. */
export interface T2State {
  regulations: { inForce: number; totalPublic: number };
  normative: { inForce: number; totalPublic: number };
  items: { license: number; otherServices: number; punishment: number; coercion: number; fees: number };
}

/** Items of a power list grow with the square root of the caseload (a few dozen to a thousand or so). */
const itemStock = (rng: Rng, mean: number) =>
  rng.int(Math.round(4 + Math.sqrt(mean) * 4), Math.round(15 + Math.sqrt(mean) * 15));

/** The stocks an agency starts 2019 with. */
export function initialT2State(rng: Rng, profile: ActivityProfile, makesRegulations: boolean): T2State {
  const stock = (mean: number) => (mean > 0 ? rng.int(Math.round(mean * 3), Math.round(mean * 8) + 2) : 0);
  const regs = makesRegulations ? rng.int(12, 40) : 0;
  const norm = stock(profile.normative);
  return {
    regulations: { inForce: regs, totalPublic: regs > 0 ? regs + rng.int(0, 5) : 0 },
    normative: { inForce: norm, totalPublic: norm + rng.int(0, 10) },
    items: {
      license: profile.licensing > 0 ? rng.int(8, 90) : 0,
      otherServices: profile.licensing > 0 ? rng.int(0, 30) : rng.int(0, 3),
      punishment: profile.punishment > 0 ? itemStock(rng, profile.punishment) : 0,
      coercion: profile.coercion > 0 ? itemStock(rng, profile.coercion) : 0,
      fees: profile.fees > 0 ? rng.int(1, 12) : 0,
    },
  };
}

/** Amounts in 万元: two decimals, as most reports print them. */
const money = (n: number) => Math.round(n * 100) / 100;

function documents(rng: Rng, stock: { inForce: number; totalPublic: number }, mean: number): DocFigures {
  const made = rng.poisson(mean);
  const published = made - (made > 2 && rng.chance(0.15) ? 1 : 0);
  const repealed = Math.min(stock.inForce, rng.binomial(stock.inForce, 0.05));
  stock.inForce += made - repealed;
  stock.totalPublic += published;
  return { made, published, repealed, inForce: stock.inForce, totalPublic: stock.totalPublic };
}

type ItemKey = keyof T2State['items'];

function items(rng: Rng, stocks: T2State['items'], key: ItemKey, decisionsMean: number): ItemFigures {
  const prevItems = stocks[key];
  let change = 0;
  if (prevItems > 0 && rng.chance(0.45)) {
    change = rng.chance(0.6) ? rng.int(1, 6) : -Math.min(prevItems, rng.int(1, 8));
  }
  stocks[key] = prevItems + change;
  return { prevItems, change, decisions: decisionsMean > 0 ? rng.poisson(decisionsMean) : 0 };
}

/** One year of table 2; `state` is advanced so next year's stocks follow on. */
export function simulateT2(
  rng: Rng,
  state: T2State,
  profile: ActivityProfile,
  scale: number,
  makesRegulations: boolean,
): T2Figures {
  const regulations = documents(rng, state.regulations, makesRegulations ? 1.2 : 0);
  const normative = documents(rng, state.normative, profile.normative * Math.sqrt(scale));
  const run = (key: ItemKey, mean: number) => items(rng, state.items, key, mean);
  const license = run('license', profile.licensing * scale);
  const otherServices = run('otherServices', profile.licensing * scale * 0.15);
  const punishment = run('punishment', profile.punishment * scale);
  const coercion = run('coercion', profile.coercion * scale);
  const fee = run('fees', 0);
  const count = rng.poisson(profile.procurement * Math.sqrt(scale));
  return {
    regulations,
    normative,
    license,
    otherServices,
    punishment,
    coercion,
    fees: {
      prevItems: fee.prevItems,
      change: fee.change,
      amount: profile.fees > 0 ? money(profile.fees * scale * (0.5 + rng.next())) : 0,
    },
    procurement: { count, amount: count > 0 ? money(count * (3 + rng.next() * 60)) : 0 },
  };
}
