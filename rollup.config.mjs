// Two builds:
//  1. dist/**: the library as ES modules with .d.ts; lit, d3, date-fns and valibot stay dependencies.
//  2. dist/news-timeline.embed.js: one self-contained, minified ES module for a <script type="module">.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import pkg from './package.json' with { type: 'json' };

const deps = Object.keys(pkg.dependencies);
const external = (id) => [...deps, '@valibot/to-json-schema'].some((d) => id === d || id.startsWith(`${d}/`));

export default [
  {
    input: { index: 'src/index.ts', 'schema/json-schema': 'src/schema/json-schema.ts' },
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' })],
  },
  {
    input: 'src/embed.ts',
    preserveEntrySignatures: 'allow-extension',
    // One file to embed; other languages and the adapters load on first use from dist/chunks/.
    output: {
      dir: 'dist',
      entryFileNames: 'news-timeline.embed.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      process.env.NO_MINIFY ? null : terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  },
];
