import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The web app's initial JavaScript: every script and modulepreload that dist/web/index.html
 * loads before the first route renders, gzip-compressed (level 9), against the goal of 250 kB.
 * Lazy route chunks are listed apart. Run after `npm run build:web`:
 *   npx tsx tools/bench/web-size.ts
 */
const DIST = process.env.WEB_DIST ?? join(__dirname, "../../dist/web");
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

let total = 0;
console.log('initial JavaScript (gzip):');
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(48)} ${kB(size)}`);
}
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map((m) => m[1]);
const cssTotal = css.reduce((sum, f) => sum + gz(f), 0);
console.log(`total initial JS: ${kB(total)} (goal ≤ 250 kB: ${total <= 250_000 ? 'met' : 'NOT met'}); initial CSS: ${kB(cssTotal)}`);
