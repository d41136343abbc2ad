import { useCallback, useEffect, useRef, useState } from 'react';
import { AnyVariables, DocumentInput, useQuery } from 'urql';
import { changesOpen, subscribeToChanges } from './change-stream';

/** How often followed pages ask again without the change stream; a decision made elsewhere shows within this. */
export const POLL_MS = 3000;
/** With the change stream open, a safety net in case a message was missed. */
export const IDLE_POLL_MS = 30_000;
/**
 * After a change message, keep asking every POLL_MS for this long: read models (the tranche
 * matrix) are built from the same events by another service and may lag the message a little.
 */
export const SETTLE_MS = 10_000;

/**
 * A query that follows changes: it asks again when the gateway's change stream says something
 * changed (then a few more times while read models settle), otherwise every POLL_MS while the
 * stream is not open or the last answer failed (every IDLE_POLL_MS while it is open and all is
 * well), only while the tab is visible; and it
 * says when the data last arrived (shown as "updated hh:mm:ss").
 */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean; intervalMs?: number } = {},
) {
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables, pause: options.pause, requestPolicy: 'cache-and-network' });
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const lastData = useRef<unknown>(undefined);
  const lastAsked = useRef(0);
  const changedAt = useRef(-Infinity);
  /** Without data, or after a failure (e.g. a subgraph briefly unavailable), ask at the fast rate whatever the stream says. */
  const failing = useRef(false);
  failing.current = !!result.error || (!result.data && !result.fetching);
  useEffect(() => {
    if (result.data && !result.fetching && !result.stale && result.data !== lastData.current) setUpdatedAt(new Date());
    if (result.data && !result.fetching && !result.stale) lastData.current = result.data;
  }, [result.data, result.fetching, result.stale]);
  const refresh = useCallback(() => {
    lastAsked.current = Date.now();
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);
  useEffect(() => {
    if (options.pause) return;
    const interval = options.intervalMs ?? POLL_MS;
    const unsubscribe = subscribeToChanges(() => {
      changedAt.current = Date.now();
      if (document.visibilityState === 'visible') refresh();
    });
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      const now = Date.now();
      const settling = now - changedAt.current < SETTLE_MS;
      if (!changesOpen() || settling || failing.current || now - lastAsked.current >= IDLE_POLL_MS) refresh();
    }, interval);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [refresh, options.pause, options.intervalMs]);
  return { result, updatedAt, refresh };
}
