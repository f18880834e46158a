/**
 * Builds the review app (renderer/) into dist-renderer/, the folder `glaneur serve` and the
 * Electron window load. Relative asset paths (`base: './'`) so the same build works over HTTP and
 * from file:// in Electron. pdf.js's fonts, character maps and image decoders are copied beside
 * it: nothing is fetched from the network at run time.
 */
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const outDir = join(root, 'dist-renderer');

function copyPdfJsAssets(): Plugin {
  return {
    name: 'glaneur-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        cpSync(join(root, 'node_modules', 'pdfjs-dist', folder), join(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: join(root, 'renderer'),
  base: './',
  plugins: [react(), copyPdfJsAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
