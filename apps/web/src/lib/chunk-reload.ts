// A tab left open across a redeploy asks for chunk files that no longer exist (their names carry
// a content hash). One full reload fetches the new index.html and its new chunk names; a
// sessionStorage mark makes sure it happens once, so a chunk that fails for another reason (a
// dropped link) shows a message instead of reloading forever.

const KEY = 'hamgen:chunk-reload';

/** Chromium, Firefox and Safari word a failed dynamic import differently; Vite adds its own. */
const CHUNK_ERROR =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Loading (CSS )?chunk/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_ERROR.test(error.message);
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function session(): Store | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: never reload on our own
  }
}

/** Reloads the page unless it was already reloaded for a missing chunk; true when it reloads. */
export function reloadOnceForChunk(store: Store | null = session(), reload = () => window.location.reload()): boolean {
  if (!store || store.getItem(KEY)) return false;
  store.setItem(KEY, String(Date.now()));
  reload();
  return true;
}

/** A page's chunks loaded: the next missing chunk may reload again. */
export function markChunksLoaded(store: Store | null = session()): void {
  store?.removeItem(KEY);
}
