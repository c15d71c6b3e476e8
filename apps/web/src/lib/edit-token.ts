/** sessionStorage key of the editor's bearer token: kept for the tab, gone when it closes. */
export const EDIT_TOKEN_KEY = 'nianbao.editToken';

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be disabled (privacy settings); the token then lives only until the next render.
    return undefined;
  }
}

let fallback = '';

/** The token the editor pasted, or '' when none. */
export function readEditToken(): string {
  return storage()?.getItem(EDIT_TOKEN_KEY) ?? fallback;
}

/** Stores (or, with '', forgets) the token and tells every field showing it. */
export function writeEditToken(token: string): void {
  const value = token.trim();
  const store = storage();
  if (store === undefined) fallback = value;
  else if (value === '') store.removeItem(EDIT_TOKEN_KEY);
  else store.setItem(EDIT_TOKEN_KEY, value);
  for (const listener of listeners) listener();
}

/** Subscribes to token changes (the useSyncExternalStore contract). */
export function subscribeEditToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
