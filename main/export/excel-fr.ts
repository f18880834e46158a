/**
 * The `--excel-fr` preset: what French Excel (and LibreOffice in French) reads right when it
 * opens a CSV — `;` between cells, a UTF-8 BOM, column headers in French, a decimal comma in
 * numbers (`12,5`: French Excel reads `12.5` as text or a date), phone numbers in their spaced
 * form (`03 21 45 67 89`: groups of two are no thousands grouping, so no spreadsheet reads them
 * as a number and drops the leading zero), and other codes a spreadsheet would turn into a number
 * or a date (`02`, `2022-06`, `1/2`, 16 digits or more) written as a text constant `="02"`.
 * Formula injection is still neutralised: `="…"` holds only a quoted literal.
 */
import { neutraliseCell } from './csv-safety.js';

/** French column headers for every export column; a column not listed keeps its name. */
export const FRENCH_HEADERS: Readonly<Record<string, string>> = {
  document: 'document',
  page: 'page',
  type: 'type',
  text: 'texte',
  value: 'valeur',
  unit: 'unité',
  confidence: 'confiance',
  status: 'statut',
  entity: 'entité',
  context: 'contexte',
  start: 'début',
  end: 'fin',
  rule: 'règle',
  source: 'source',
  inferred: 'déduit',
  origin: 'origine',
  mention_id: 'id_mention',
  ptce: 'PTCE',
  period: 'période',
  period_inferred: 'période déduite',
  indicator: 'indicateur',
  label: 'libellé',
  detail: 'détail',
  conflict: 'conflit',
  values: 'valeurs',
  mentions: 'mentions',
  statuses: 'statuts',
  sources: 'sources',
  person: 'personne',
  roles: 'rôles',
  organisations: 'organisations',
  emails: 'e-mails',
  phones: 'téléphones',
  conflicts: 'conflits',
  documents: 'documents',
  links: 'liens',
};

const PHONE_DIGITS = /^0\d{9}$/u;
const DECIMAL = /^[+-]?\d+\.\d+$/u;
/** What a French spreadsheet would take for a number or a date and change. */
const CODE_LIKE = /^(?:0\d+|\d{16,}|\d{4}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}-\d{1,2})$/u;

/** A cell as the excel-fr preset writes it. */
export function excelFrCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : '';
  if (PHONE_DIGITS.test(cell)) return cell.replace(/(\d{2})(?=\d)/gu, '$1 ');
  if (DECIMAL.test(cell)) return cell.replace('.', ',');
  if (CODE_LIKE.test(cell)) return `="${cell}"`;
  return neutraliseCell(cell);
}

/** A header as the excel-fr preset writes it. */
export function excelFrHeader(name: string): string {
  return FRENCH_HEADERS[name] ?? name;
}
