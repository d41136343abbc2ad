/**
 * A strict reader of the Prometheus text exposition format (0.0.4), for tests: every sample
 * must belong to a family declared by `# TYPE`, names and labels must be well formed, values
 * must be numbers. Throws on anything else, so "parses" means what a Prometheus server accepts.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
  /** Sum of the samples named `name` whose labels include `labels` (0 when there is none). */
  value(name: string, labels?: Record<string, string>): number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['', '_sum', '_count'], counter: [''], gauge: [''], untyped: [''] };

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const m = LABEL.exec(text);
    if (!m) throw new Error(`bad labels in: ${line}`);
    labels[m[1]] = m[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  return labels;
}

function familyOf(name: string, types: Map<string, string>): string | undefined {
  for (const [family, type] of types) {
    if ((SUFFIXES[type] ?? ['']).some((s) => name === `${family}${s}`)) return family;
  }
  return undefined;
}

export function parsePrometheusText(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const [, keyword, name, rest] = line.match(/^#\s+(\S+)\s+(\S+)\s*(.*)$/) ?? [];
      if (keyword === 'TYPE') {
        if (!NAME.test(name) || !(rest in SUFFIXES)) throw new Error(`bad TYPE line: ${line}`);
        if (types.has(name)) throw new Error(`family declared twice: ${name}`);
        types.set(name, rest);
      }
      continue;
    }
    const m = line.match(SAMPLE);
    if (!m) throw new Error(`bad sample line: ${line}`);
    // Prometheus parses NaN case-insensitively, and prom-client writes it as `Nan`.
    const isNaNText = m[4].toLowerCase() === 'nan';
    const value = m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : isNaNText ? NaN : Number(m[4]);
    if (Number.isNaN(value) && !isNaNText) throw new Error(`bad value in: ${line}`);
    if (!familyOf(m[1], types)) throw new Error(`sample of an undeclared family: ${line}`);
    samples.push({ name: m[1], labels: m[3] ? parseLabels(m[3], line) : {}, value });
  }
  return {
    types,
    samples,
    value(name, labels = {}) {
      return samples
        .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        .reduce((sum, s) => sum + s.value, 0);
    },
  };
}

/** GETs a /metrics endpoint and parses it strictly. */
export async function scrapeMetrics(url: string): Promise<Exposition> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/plain')) throw new Error(`${url} has content type ${contentType}`);
  return parsePrometheusText(await res.text());
}
