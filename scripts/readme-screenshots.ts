/**
 * `npm run screenshots`: runs the browser tests (which write a screenshot of each screen to
 * test-output/screenshots/) and copies the ones the README shows to docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const from = join(root, 'test-output', 'screenshots');
const to = join(root, 'docs', 'screenshots');
const SHOWN = ['01-bibliotheque', '03-bibliotheque-apres-import', '04-revue-texte', '06-revue-scan', '08-rejet-groupe-apercu', '05-aide-clavier', '12-bibliotheque-versions', '13-revue-pourquoi'];

execFileSync('npx', ['vitest', 'run', '--project', 'e2e'], { cwd: root, stdio: 'inherit' });
mkdirSync(to, { recursive: true });
for (const name of SHOWN) {
  const file = join(from, `${name}.png`);
  if (!existsSync(file)) throw new Error(`the e2e run wrote no ${name}.png`);
  copyFileSync(file, join(to, `${name}.png`));
  console.log(`docs/screenshots/${name}.png`);
}
