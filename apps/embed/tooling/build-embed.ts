import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BuiltEmbed {
  dir: string;
  file: string;
  integrity: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Bundles apps/embed into one minified ES module named by its content hash, plus
 * manifest.json (file name and SRI hash) that the gateway reads to serve /embed/samspill.js.
 * Deterministic: the same sources give the same file name and hash.
 */
export async function buildEmbed(outDir: string): Promise<BuiltEmbed> {
  const result = await build({
    entryPoints: [join(__dirname, '../src/index.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: join(__dirname, '../tsconfig.json'),
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('base64url').replace(/[-_]/g, '').slice(0, 10);
  const file = `samspill.${hash}.js`;
  mkdirSync(outDir, { recursive: true });
  // Old bundles are not served (the manifest names one file); keep the directory tidy.
  for (const old of readdirSync(outDir)) if (/^samspill\.\w+\.js$/.test(old) && old !== file) rmSync(join(outDir, old));
  writeFileSync(join(outDir, file), code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify({ file, integrity }, null, 2)}\n`);
  return { dir: outDir, file, integrity, bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}
