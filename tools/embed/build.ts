/** `npm run embed:build`: the embed bundle into dist/embed (or EMBED_DIST_DIR), where the gateway serves it. */
import { resolve } from 'node:path';
import { buildEmbed } from '../../apps/embed/tooling/build-embed';

buildEmbed(resolve(process.env.EMBED_DIST_DIR ?? 'dist/embed'))
  .then((b) => {
    console.error(`[embed] ${b.dir}/${b.file}: ${(b.bytes / 1024).toFixed(1)} kB, ${(b.gzipBytes / 1024).toFixed(1)} kB gzip; integrity ${b.integrity}`);
  })
  .catch((err: Error) => {
    console.error(`[embed] build failed: ${err.message}`);
    process.exit(1);
  });
