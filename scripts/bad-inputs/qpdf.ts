/** Running qpdf (Debian package `qpdf`), the one external tool the bad inputs need. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when a `qpdf` executable answers on the PATH. */
export async function hasQpdf(): Promise<boolean> {
  try {
    await run('qpdf', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/**
 * AES-256 encryption. `--static-id` keeps the document ID fixed, but qpdf still draws random AES
 * keys and IVs (qpdf 11 has no way to seed them), so these outputs differ byte-wise between runs
 * while behaving identically.
 */
export async function encryptPdf(
  input: string,
  output: string,
  passwords: { user: string; owner: string },
  restrictions: readonly string[] = [],
): Promise<void> {
  await run('qpdf', ['--static-id', '--encrypt', passwords.user, passwords.owner, '256', ...restrictions, '--', input, output]);
}
