import type { ExportItem } from '../export/export-item.ts';

/** One pinned chart: its snapshot (data as drawn when pinned) and the title the user gave it. */
export interface BriefingEntry {
  id: string;
  title: string;
  item: ExportItem;
}

/** A briefing pack: its title and the pinned charts in the order they are presented. */
export interface Briefing {
  title: string;
  entries: BriefingEntry[];
}

/** Charts one pack holds: a briefing, not an archive (and localStorage has ~5 MB). */
export const MAX_ENTRIES = 40;
export const DEFAULT_BRIEFING_TITLE = '政府信息公开工作情况简报';

export const EMPTY_BRIEFING: Briefing = { title: DEFAULT_BRIEFING_TITLE, entries: [] };

/** Pins an item at the end (refused beyond {@link MAX_ENTRIES}: the list comes back unchanged). */
export function addEntry(briefing: Briefing, item: ExportItem, id: string): Briefing {
  if (briefing.entries.length >= MAX_ENTRIES) return briefing;
  return { ...briefing, entries: [...briefing.entries, { id, title: item.title, item }] };
}

export function removeEntry(briefing: Briefing, id: string): Briefing {
  return { ...briefing, entries: briefing.entries.filter((e) => e.id !== id) };
}

/** Moves an entry up (−1) or down (+1); at either end it stays. */
export function moveEntry(briefing: Briefing, id: string, delta: -1 | 1): Briefing {
  const from = briefing.entries.findIndex((e) => e.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= briefing.entries.length) return briefing;
  const entries = [...briefing.entries];
  const [moved] = entries.splice(from, 1);
  if (moved === undefined) return briefing;
  entries.splice(to, 0, moved);
  return { ...briefing, entries };
}

/** Renames an entry; a blank title falls back on the chart's own. */
export function retitleEntry(briefing: Briefing, id: string, title: string): Briefing {
  return {
    ...briefing,
    entries: briefing.entries.map((e) =>
      e.id === id ? { ...e, title: title.trim() === '' ? e.item.title : title } : e,
    ),
  };
}

export function setBriefingTitle(briefing: Briefing, title: string): Briefing {
  return { ...briefing, title };
}

/** The item as it is presented: with the user's title. */
export function presented(entry: BriefingEntry): ExportItem {
  return { ...entry.item, title: entry.title };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isItem(v: unknown): v is ExportItem {
  return (
    isObject(v) &&
    isObject(v.chart) &&
    typeof v.chart.kind === 'string' &&
    typeof v.title === 'string' &&
    typeof v.subtitle === 'string' &&
    typeof v.unit === 'string' &&
    isObject(v.table) &&
    Array.isArray(v.table.columns) &&
    Array.isArray(v.table.rows) &&
    Array.isArray(v.summary) &&
    typeof v.generatedAt === 'string'
  );
}

/**
 * A briefing read back from storage. Anything unreadable (another version, a hand edit) is dropped
 * entry by entry rather than losing the whole pack.
 */
export function parseBriefing(raw: string | null): Briefing {
  if (raw === null) return EMPTY_BRIEFING;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_BRIEFING;
  }
  if (!isObject(data) || !Array.isArray(data.entries)) return EMPTY_BRIEFING;
  const entries = data.entries.flatMap((e: unknown) =>
    isObject(e) && typeof e.id === 'string' && typeof e.title === 'string' && isItem(e.item)
      ? [{ id: e.id, title: e.title, item: e.item }]
      : [],
  );
  return { title: typeof data.title === 'string' ? data.title : DEFAULT_BRIEFING_TITLE, entries };
}
