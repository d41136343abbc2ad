import { useCallback, useEffect, useRef, useState } from 'react';
import { AnyVariables, DocumentInput, useQuery } from 'urql';

/** How often followed pages ask again; a decision made elsewhere shows within this. */
export const POLL_MS = 3000;

/**
 * A query that follows changes: it asks the network again every `intervalMs` while the tab is
 * visible, and says when the data last arrived (shown as "updated hh:mm:ss").
 */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean; intervalMs?: number } = {},
) {
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables, pause: options.pause, requestPolicy: 'cache-and-network' });
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const lastData = useRef<unknown>(undefined);
  useEffect(() => {
    if (result.data && !result.fetching && !result.stale && result.data !== lastData.current) setUpdatedAt(new Date());
    if (result.data && !result.fetching && !result.stale) lastData.current = result.data;
  }, [result.data, result.fetching, result.stale]);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (options.pause) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, options.intervalMs ?? POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh, options.pause, options.intervalMs]);
  return { result, updatedAt, refresh };
}
