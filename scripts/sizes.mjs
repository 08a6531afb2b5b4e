// Writes dist/news-timeline.schema.json and prints the min+gzip sizes of the embed file and of
// the library entry (bundled and minified with its dependencies left out, as an app's bundler would).
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import pkg from '../package.json' with { type: 'json' };

const { timelineJsonSchema } = await import('../dist/schema/json-schema.js');
await writeFile(new URL('../dist/news-timeline.schema.json', import.meta.url), JSON.stringify(timelineJsonSchema(), null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const embed = await readFile(new URL('../dist/news-timeline.embed.js', import.meta.url));

const deps = Object.keys(pkg.dependencies);
const bundle = await rollup({
  input: new URL('../dist/index.js', import.meta.url).pathname,
  external: (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
const lib = Buffer.from(output[0].code);

console.log('bundle sizes (min+gzip):');
console.log(`  dist/news-timeline.embed.js   ${kb(gzipSync(embed, { level: 9 }).length)}  (self-contained: lit, d3 parts, date-fns, valibot; ${kb(embed.length)} minified)`);
console.log(`  dist/index.js (library entry) ${kb(gzipSync(lib, { level: 9 }).length)}  (dependencies excluded; ${kb(lib.length)} minified)`);
console.log('  dist/news-timeline.schema.json written');
