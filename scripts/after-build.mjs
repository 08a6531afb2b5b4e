// After rollup: writes dist/news-timeline.schema.json, copies styles/news-timeline.css, and prints the min+gzip sizes of the embed file and of
// the library entry (bundled and minified with its dependencies left out, as an app's bundler would).
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import pkg from '../package.json' with { type: 'json' };

import { fileURLToPath } from 'node:url';

const { timelineJsonSchema } = await import('../dist/schema/json-schema.js');
await copyFile(new URL('../styles/news-timeline.css', import.meta.url), new URL('../dist/news-timeline.css', import.meta.url));
await writeFile(new URL('../dist/news-timeline.schema.json', import.meta.url), JSON.stringify(timelineJsonSchema(), null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** min+gzip sizes in bytes of the embed file and of the library entry (its dependencies left out). */
export async function bundleSizes() {
  const embed = await readFile(new URL('../dist/news-timeline.embed.js', import.meta.url));
  const deps = Object.keys(pkg.dependencies);
  const bundle = await rollup({
    input: new URL('../dist/index.js', import.meta.url).pathname,
    external: (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  const lib = Buffer.from(output[0].code);
  return {
    embed: { minified: embed.length, gzip: gzipSync(embed, { level: 9 }).length },
    library: { minified: lib.length, gzip: gzipSync(lib, { level: 9 }).length },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await bundleSizes();
  console.log('bundle sizes (min+gzip):');
  console.log(`  dist/news-timeline.embed.js   ${kb(sizes.embed.gzip)}  (self-contained for English: lit, d3 parts, date-fns, valibot; ${kb(sizes.embed.minified)} minified; other languages and adapters in dist/chunks/)`);
  console.log(`  dist/index.js (library entry) ${kb(sizes.library.gzip)}  (dependencies excluded; ${kb(sizes.library.minified)} minified)`);
  console.log('  dist/news-timeline.schema.json written');
}
