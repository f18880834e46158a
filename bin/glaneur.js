#!/usr/bin/env node
// Entry point of the `glaneur` command: runs the compiled CLI (built by `npm install`'s prepare step).
import('../dist/main/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main/cli/main.js')) {
    process.stderr.write('glaneur: not built yet; run `npm run build` (npm install does it) first\n');
    process.exit(2);
  }
  throw error;
});
