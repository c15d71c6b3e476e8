import { useSyncExternalStore } from 'react';
import type { ExportItem } from '../export/export-item.ts';
import {
  addEntry,
  type Briefing,
  EMPTY_BRIEFING,
  moveEntry,
  parseBriefing,
  removeEntry,
  retitleEntry,
  setBriefingTitle,
} from './briefing-list.ts';

/** Where the pack lives: this browser only (pins are a person's working notes, not shared data). */
export const BRIEFING_KEY = 'nianbao.briefing.v1';

const listeners = new Set<() => void>();
let cached: { raw: string | null; briefing: Briefing } | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The current pack (the same object until it changes, as useSyncExternalStore needs). */
export function readBriefing(): Briefing {
  const raw = storage()?.getItem(BRIEFING_KEY) ?? null;
  if (cached === undefined || cached.raw !== raw) cached = { raw, briefing: parseBriefing(raw) };
  return cached.briefing;
}

/** Stores a new pack; false when the browser refused (storage full). */
function write(next: Briefing): boolean {
  try {
    storage()?.setItem(BRIEFING_KEY, JSON.stringify(next));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's pins arrive through the storage event.
  const onStorage = (event: StorageEvent) => {
    if (event.key === BRIEFING_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Changes to the pack; each returns false when it could not be saved. */
export const briefingActions = {
  pin: (item: ExportItem) => write(addEntry(readBriefing(), item, newId())),
  remove: (id: string) => write(removeEntry(readBriefing(), id)),
  move: (id: string, delta: -1 | 1) => write(moveEntry(readBriefing(), id, delta)),
  retitle: (id: string, title: string) => write(retitleEntry(readBriefing(), id, title)),
  setTitle: (title: string) => write(setBriefingTitle(readBriefing(), title)),
  clear: () => write(EMPTY_BRIEFING),
};

/** The pack, re-rendering on every change (in this tab or another). */
export function useBriefing(): Briefing {
  return useSyncExternalStore(subscribe, readBriefing, () => EMPTY_BRIEFING);
}
