// Two builds:
//  1. dist/**: the library as ES modules with .d.ts; lit, d3, date-fns and valibot stay dependencies.
//  2. dist/news-timeline.embed.js: one self-contained, minified ES module for a <script type="module">.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };
import { minifyCssTemplates } from './scripts/minify-css.mjs';

// Lazy chunks carry a content hash in their names: clear out those of earlier builds.
rmSync(new URL('./dist/chunks', import.meta.url), { recursive: true, force: true });

const deps = Object.keys(pkg.dependencies);

/** See the embed's `banner`. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The embed runs no d3 transition, so d3-transition and d3-interpolate (which d3-zoom imports only
 * for transitions) are replaced by the small modules in scripts/embed-stubs/ (about 6 KB min+gzip).
 */
const noTransitions = {
  name: 'no-d3-transitions',
  resolveId: (id) =>
    id === 'd3-transition' || id === 'd3-interpolate' ? fileURLToPath(new URL(`./scripts/embed-stubs/${id}.js`, import.meta.url)) : null,
};
/**
 * The CSS of Lit `css` templates without comments and indentation (scripts/minify-css.mjs), in both
 * builds: about 0.7 KB min+gzip of the embed. Lines stay where they were, so the source map does too.
 */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const minified = minifyCssTemplates(code);
    return minified === null ? null : { code: minified, map: null };
  },
};
const external = (id) => [...deps, '@valibot/to-json-schema'].some((d) => id === d || id.startsWith(`${d}/`));

export default [
  {
    input: { index: 'src/index.ts', 'schema/json-schema': 'src/schema/json-schema.ts' },
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [minifyCss, typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' })],
  },
  {
    input: 'src/embed.ts',
    preserveEntrySignatures: 'allow-extension',
    // One file to embed; other languages and the adapters load on first use from dist/chunks/.
    output: {
      // V8's explicit compile hint (Chrome 136+; other engines take it for a comment): every function of a
      // file is compiled on the thread that streams it in, not lazily on the main thread at first
      // call. The embed and its chunks run at once when loaded: at first paint, lazy compiles took
      // about 30 ms of the main thread (400 functions) before it.
      banner: COMPILE_HINT,
      dir: 'dist',
      entryFileNames: 'news-timeline.embed.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      noTransitions,
      minifyCss,
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      process.env.NO_MINIFY ? null : terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ }, compress: { passes: 2 } }),
    ],
  },
];
