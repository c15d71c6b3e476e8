import type { SyntheticReport } from '../../model/synthetic-report.ts';
import type { ReportStyle } from '../document/style.ts';

/** How a report refers to its own agency and picks among wordings. */
export interface Voice {
  report: SyntheticReport;
  style: ReportStyle;
  /** 我局, 我委, 我办, 我县, 我镇 … */
  self: string;
  /** One of the given wordings, fixed per report and slot. */
  pick<T>(slot: string, options: readonly T[]): T;
}

/** The way an agency names itself in prose, from its name. */
export function selfReference(report: SyntheticReport): string {
  const name = report.agency;
  if (report.agencyKind === 'government') {
    const last = report.region.name.slice(-1);
    return `我${last === '市' || last === '区' || last === '县' ? last : '市'}`;
  }
  if (name.endsWith('街道办事处')) return '我街道';
  if (name.endsWith('镇人民政府')) return '我镇';
  if (name.endsWith('乡人民政府')) return '我乡';
  if (name.endsWith('办公室')) return '我办';
  if (name.endsWith('委员会')) return '我委';
  return '我局';
}

/** The voice of one report. */
export function voiceOf(report: SyntheticReport, style: ReportStyle): Voice {
  return {
    report,
    style,
    self: selfReference(report),
    pick: (slot, options) => {
      const item = options[style.wording(slot, options.length)];
      if (item === undefined) throw new RangeError(`no wording for ${slot}`);
      return item;
    },
  };
}

/** Joins phrases into a Chinese list: 甲、乙和丙. */
export function listZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** A phone number of the agency, stable per report. */
export function phoneOf(report: SyntheticReport): string {
  return `0877-${String(2100000 + (report.variant % 7900000)).padStart(7, '0')}`;
}
