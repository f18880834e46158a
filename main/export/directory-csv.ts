/**
 * The `directory` export: one row per person entity — the "who holds which role where, and how
 * to reach them" table analysts keep by hand. Roles and organisations come from role mentions,
 * contacts from the person's own line or contact block (see directory-table.ts); `links` cites
 * where each was read, `conflicts` names what disagrees.
 */
import type { Db } from '../store/db.js';
import type { MentionStatus } from '../store/mentions.js';
import { corpusWorks, statusesFor, type WorkGrouping } from './corpus-rows.js';
import { buildDirectory, conflictsOf, type DirectoryLink } from './directory-table.js';
import { writeCsv, type CsvOptions } from './mentions-csv.js';

export const DIRECTORY_COLUMNS = ['person', 'roles', 'organisations', 'emails', 'phones', 'conflicts', 'documents', 'mentions', 'links'] as const;

export interface DirectoryExportOptions extends CsvOptions {
  readonly status?: MentionStatus | 'all' | undefined;
  readonly grouping?: WorkGrouping | undefined;
}

/** `0321456789` → `03 21 45 67 89`; other digit strings are left as they are. */
export function frenchPhone(digits: string): string {
  return /^0\d{9}$/u.test(digits) ? digits.replace(/(\d{2})(?=\d)/gu, '$1 ') : digits;
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].filter((value) => value !== '').sort((a, b) => a.localeCompare(b, 'fr'));

function roleText(link: DirectoryLink): string {
  return link.organisation === '' ? link.value : `${link.value} (${link.organisation})`;
}

function linkText(link: DirectoryLink): string {
  const what = link.kind === 'role' ? `rôle ${roleText(link)}` : `${link.kind === 'email' ? 'e-mail' : 'tél.'} ${link.kind === 'phone' ? frenchPhone(link.value) : link.value}`;
  return `${what} ← ${link.source.document} p.${link.source.page} [${link.source.start}-${link.source.end}] ${link.source.rule}`;
}

/** The directory rows, as cells, for the CSV writers. */
export function directoryRows(db: Db, options: Pick<DirectoryExportOptions, 'status' | 'grouping'> = {}): (string | number)[][] {
  return buildDirectory(corpusWorks(db, options.grouping), statusesFor(options.status)).map((entry) => {
    const of = (kind: DirectoryLink['kind']): DirectoryLink[] => entry.links.filter((link) => link.kind === kind);
    return [
      entry.person,
      sorted(of('role').map(roleText)).join(' | '),
      sorted(of('role').map((link) => link.organisation)).join(' | '),
      sorted(of('email').map((link) => link.value)).join(' | '),
      sorted(of('phone').map((link) => frenchPhone(link.value))).join(' | '),
      conflictsOf(entry).join(' | '),
      sorted(entry.documents).join(' | '),
      entry.mentions,
      entry.links.map(linkText).join(' | '),
    ];
  });
}

export async function exportDirectoryCsv(db: Db, out: string, options: DirectoryExportOptions): Promise<number> {
  return writeCsv(out, DIRECTORY_COLUMNS, directoryRows(db, options), options);
}
