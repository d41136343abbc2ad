/* eslint-disable @typescript-eslint/no-explicit-any -- export rows are plain JSON read by shape. */

export type Row = Record<string, any>;

export interface Load {
  rows: Row[];
  watermark: string;
}

/** What a BI loader does: GET an NDJSON export through the gateway with a bearer token. */
export async function loadExport(baseUrl: string, name: string, token: string, params: Record<string, string> = {}): Promise<Load> {
  const res = await fetch(`${baseUrl}/export/${name}.ndjson?${new URLSearchParams(params)}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
  const watermark = res.headers.get('x-samspill-watermark');
  if (!watermark) throw new Error(`${name}: no watermark header`);
  const rows = (await res.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { rows, watermark };
}

/** Applies an increment the way the docs tell a loader to: upsert by key, delete tombstones. */
export function applyIncrement(base: Row[], increment: Row[], key: string[]): Row[] {
  const id = (r: Row) => key.map((k) => r[k]).join('|');
  const copy = new Map(base.map((r) => [id(r), r]));
  for (const r of increment) {
    if (r.rowDeleted) copy.delete(id(r));
    else copy.set(id(r), r);
  }
  return sortByKey([...copy.values()], key);
}

export const sortByKey = (rows: Row[], key: string[]) =>
  [...rows].sort((a, b) => key.map((k) => String(a[k])).join('|').localeCompare(key.map((k) => String(b[k])).join('|')));
