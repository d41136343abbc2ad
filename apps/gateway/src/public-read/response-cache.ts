/** One cached response body with what it is about. */
export interface CachedResponse {
  body: string;
  etag: string;
  tags: readonly string[];
  storedAt: number;
}

/** Taken before executing a miss; a fill is refused if anything it may be about changed since. */
export interface FillTicket {
  readonly seq: number;
}

/**
 * In-memory response cache for anonymous trusted reads, invalidated by tags (`Project:<id>`,
 * `Municipality:<id>`, `Initiative:<id>`) that domain events name. Entries are held only
 * while the event subscription is live: a gap in the event stream could hide a change, so
 * going not-live drops everything and refuses fills until it is live again.
 *
 * Fills race with events: a response computed from data read before an event must not be
 * stored after that event's invalidation ran. Every invalidation bumps a sequence number and
 * records it per tag; a fill carries the number from before it executed and is refused when
 * one of its tags (or everything) was invalidated after that.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly invalidatedAt = new Map<string, number>();
  private seq = 0;
  private clearedAt = 0;
  private live = false;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get isLive(): boolean {
    return this.live;
  }

  setLive(live: boolean): void {
    if (!live) this.clear();
    this.live = live;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    if (this.now() - entry.storedAt > this.ttlMs) {
      this.remove(key);
      this.misses++;
      return undefined;
    }
    // Map order doubles as recency: re-insert on use, evict from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  ticket(): FillTicket {
    return { seq: this.seq };
  }

  /** Stores a response unless the cache is not live or the data may have changed since the ticket. */
  fill(key: string, ticket: FillTicket, response: Omit<CachedResponse, 'storedAt'>): boolean {
    if (!this.live || this.maxEntries === 0 || this.clearedAt > ticket.seq) return false;
    if (response.tags.some((t) => (this.invalidatedAt.get(t) ?? 0) > ticket.seq)) return false;
    this.remove(key);
    this.entries.set(key, { ...response, storedAt: this.now() });
    for (const tag of response.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value as string);
    return true;
  }

  /** Drops every entry about any of the tags; returns how many were dropped. */
  invalidate(tags: readonly string[]): number {
    if (tags.length === 0) return 0;
    this.seq++;
    let dropped = 0;
    for (const tag of tags) {
      this.invalidatedAt.set(tag, this.seq);
      for (const key of this.byTag.get(tag) ?? []) {
        if (this.remove(key)) dropped++;
      }
    }
    this.pruneInvalidations();
    return dropped;
  }

  clear(): void {
    this.seq++;
    this.clearedAt = this.seq;
    this.entries.clear();
    this.byTag.clear();
    this.invalidatedAt.clear();
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
    return true;
  }

  /**
   * Invalidation marks only matter to fills still in flight; keep the map from growing
   * without bound on a busy event stream by forgetting the oldest marks beyond a margin.
   */
  private pruneInvalidations(): void {
    if (this.invalidatedAt.size <= 100_000) return;
    const floor = this.seq - 50_000;
    for (const [tag, at] of this.invalidatedAt) if (at < floor) this.invalidatedAt.delete(tag);
    // Fills older than the floor can no longer be judged tag by tag: refuse them.
    this.clearedAt = Math.max(this.clearedAt, floor);
  }
}

/** `Type:id` for every object in a response that has both, e.g. `Project:8c1…`, `Municipality:1124`. */
export function entityTags(data: unknown): string[] {
  const tags = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.__typename === 'string' && (typeof o.id === 'string' || typeof o.id === 'number')) tags.add(`${o.__typename}:${o.id}`);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(data);
  return [...tags];
}
