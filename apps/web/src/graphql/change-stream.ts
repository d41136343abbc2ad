/**
 * One EventSource per tab on the gateway's `GET /changes` (Server-Sent Events): the gateway says
 * "something changed" as the services' events arrive, and followed pages ask again. The
 * messages carry nothing else. While the stream is not open (not yet, refused because the
 * gateway is not following events, or broken) pages poll, so `isOpen()` decides how often.
 */
type Listener = () => void;

/** After the gateway refuses or drops the stream, try again this much later (it says retry: 5 s itself while it can). */
const REOPEN_MS = 30_000;

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let open = false;
/** Set once a stream has been open: a later open is a reconnection, after which pages ask again. */
let wasOpen = false;
let reopenTimer: number | undefined;

const notify = () => {
  for (const listener of listeners) listener();
};

function connect() {
  if (typeof EventSource === 'undefined' || source) return;
  const es = new EventSource('/changes');
  source = es;
  es.addEventListener('open', () => {
    open = true;
    // Anything may have changed while the stream was closed (the first open follows the page's own load).
    if (wasOpen) notify();
    wasOpen = true;
  });
  es.addEventListener('change', notify);
  es.addEventListener('error', () => {
    open = false;
    // A refused stream (503) is closed for good by the browser: reopen it ourselves, later.
    if (es.readyState === EventSource.CLOSED && source === es) {
      source = null;
      if (listeners.size > 0) reopenTimer = window.setTimeout(connect, REOPEN_MS);
    }
  });
}

/** Calls `listener` whenever the gateway reports a change; the stream is open while anyone listens. */
export function subscribeToChanges(listener: Listener): () => void {
  listeners.add(listener);
  connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.clearTimeout(reopenTimer);
    source?.close();
    source = null;
    open = false;
  };
}

/** True while change messages can arrive. */
export const changesOpen = () => open;
