import { useSyncExternalStore } from 'react';
import { readEditToken, subscribeEditToken, writeEditToken } from '../lib/edit-token.ts';

/** The editor's bearer token from sessionStorage, shared by every field in the tab. */
export function useEditToken(): [string, (token: string) => void] {
  const token = useSyncExternalStore(subscribeEditToken, readEditToken, () => '');
  return [token, writeEditToken];
}
