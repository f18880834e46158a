/**
 * Roles in tables: a row `Nom | Fonction | Structure` (a cell holding only a person, a cell
 * starting with a role, and a cell holding an organisation), and a table whose header names a
 * role per column (`Co-pilotes`, `Animateurs`): each person in that column holds that role.
 * Cells are separated by tabs or pipes (runs of three spaces too, for rows).
 */
import type { Candidate } from '../../core/types.js';
import { textLines, type RoleLink, type RolePhrase } from './role-links.js';

interface Cell {
  readonly start: number;
  readonly end: number;
}

function cells(line: { start: number; text: string }, separator: RegExp): Cell[] {
  const found: Cell[] = [];
  let last = 0;
  for (const match of line.text.matchAll(separator)) {
    found.push({ start: line.start + last, end: line.start + match.index });
    last = match.index + match[0].length;
  }
  found.push({ start: line.start + last, end: line.start + line.text.length });
  return found;
}

const inside = (candidate: { start: number; end: number }, cell: Cell): boolean => candidate.start >= cell.start && candidate.end <= cell.end;

function rowLinks(text: string, cellList: readonly Cell[], roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const trim = (cell: Cell): Cell => {
    const raw = text.slice(cell.start, cell.end);
    return { start: cell.start + (raw.length - raw.trimStart().length), end: cell.end - (raw.length - raw.trimEnd().length) };
  };
  const personCell = cellList.map(trim).find((cell) => people.some((person) => person.start === cell.start && person.end === cell.end));
  const roleCell = cellList.map(trim).find((cell) => roles.some((role) => role.start === cell.start && !role.plural));
  if (personCell === undefined || roleCell === undefined) return [];
  const person = people.find((candidate) => candidate.start === personCell.start);
  const role = roles.find((candidate) => candidate.start === roleCell.start);
  const organisation = organisations.find((candidate) => cellList.some((cell) => cell !== personCell && inside(candidate, cell)) && !inside(candidate, roleCell));
  return person === undefined || role === undefined ? [] : [{ rule: 'fr.role.table-row', role, person, organisation, confidence: 0.8 }];
}

export function tableLinks(text: string, roles: readonly RolePhrase[], people: readonly Candidate[], organisations: readonly Candidate[]): RoleLink[] {
  const links: RoleLink[] = [];
  const lines = textLines(text);
  let header: { columns: Cell[]; roles: (RolePhrase | undefined)[]; separator: RegExp } | undefined;
  for (const line of lines) {
    const separator = line.text.includes('|') ? /\|/gu : line.text.includes('\t') ? /\t/gu : /[ ]{3,}/gu;
    const cellList = cells(line, separator);
    if (cellList.length < 2) {
      header = undefined;
      continue;
    }
    const headerRoles = cellList.map((cell) => roles.find((role) => inside(role, cell) && text.slice(cell.start, cell.end).trim().length <= role.end - role.start + 2));
    if (headerRoles.filter((role) => role !== undefined).length >= 1 && !people.some((person) => cellList.some((cell) => inside(person, cell)))) {
      header = { columns: cellList, roles: headerRoles, separator };
      continue;
    }
    links.push(...rowLinks(text, cellList, roles, people, organisations));
    if (header === undefined || cellList.length !== header.columns.length) continue;
    for (const [column, cell] of cellList.entries()) {
      const role = header.roles[column];
      if (role === undefined) continue;
      for (const person of people.filter((candidate) => inside(candidate, cell))) links.push({ rule: 'fr.role.table-column', role, person, confidence: 0.75, span: { start: person.start, end: person.end } });
    }
  }
  return links;
}
