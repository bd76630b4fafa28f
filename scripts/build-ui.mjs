// Builds the web UI with Vite (ui/vite.config.ts) into dist/ui/, or into the folder given with --out-dir.
// Usage: node scripts/build-ui.mjs [--out-dir <dir>]
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const i = args.indexOf('--out-dir');
const outDir = i >= 0 && args[i + 1] ? resolve(args[i + 1]) : undefined;
const configFile = fileURLToPath(new URL('../ui/vite.config.ts', import.meta.url));

await build({ configFile, ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
console.log(`built UI → ${outDir ?? 'dist/ui'}`);
