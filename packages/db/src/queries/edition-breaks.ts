import { type Edition, metricByCode, type Template } from '@nianbao/schema';

/** A year from which a metric's figures follow another edition of the report format. */
export interface EditionBreak {
  year: number;
  from: Edition;
  to: Edition;
}

/*
 * Codes printed in both editions whose meaning changed in 2021: table 2's 本年新制作数量 became
 * 本年制发件数 (and 规范性文件 became 行政规范性文件); 处理决定数量 lost the 上一年项目数量/本年增减
 * context it was counted against; 其他处理 became three sub-rows (the 2021 value is their sum).
 * `d.normative.issued` is `t2.normative.made` under another name.
 */
const CHANGED = [
  /^t2\.(regulations|normative)\.made$/,
  /^t2\.(license|punishment|coercion)\.decisions$/,
  /^t3\.other\.[a-z_]+$/,
  /^d\.normative\.issued$/,
];

/** Whether a metric means something else in 2019-edition and 2021-edition reports. */
export function changedBetweenEditions(metric: string): boolean {
  const def = metricByCode(metric);
  return def !== undefined && def.editions.length > 1 && CHANGED.some((re) => re.test(metric));
}

const isEdition = (t: Template | null): t is Edition => t === '2019' || t === '2021';

/**
 * The breaks in one series, whose points are in year order: a point whose edition differs from the
 * previous point's. Empty for metrics whose meaning did not change; unknown editions never break.
 */
export function editionBreaksOf(
  metric: string,
  points: readonly { year: number; template: Template | null }[],
): EditionBreak[] {
  if (!changedBetweenEditions(metric)) return [];
  const breaks: EditionBreak[] = [];
  let last: Edition | undefined;
  for (const point of points) {
    if (!isEdition(point.template)) continue;
    if (last !== undefined && point.template !== last) {
      breaks.push({ year: point.year, from: last, to: point.template });
    }
    last = point.template;
  }
  return breaks;
}

/** The breaks of several series as one list, each (year, from, to) once, in year order. */
export function mergeEditionBreaks(lists: readonly (readonly EditionBreak[])[]): EditionBreak[] {
  const seen = new Map<string, EditionBreak>();
  for (const b of lists.flat()) seen.set(`${b.year}:${b.from}:${b.to}`, b);
  return [...seen.values()].sort((a, b) => a.year - b.year || a.from.localeCompare(b.from));
}

/** The edition most reports of a group follow (ties: the later edition); null when none is known. */
export function dominantEdition(templates: readonly Template[]): Edition | null {
  const count = { '2019': 0, '2021': 0 };
  for (const t of templates) if (isEdition(t)) count[t] += 1;
  if (count['2019'] === 0 && count['2021'] === 0) return null;
  return count['2019'] > count['2021'] ? '2019' : '2021';
}
