/**
 * The directory: one entry per person entity with the roles they hold (role mentions, each tying a
 * person to a role and, when named, an organisation), the organisations of those roles, and the
 * e-mails and phones written on the person's own line or contact block. Nothing is linked by mere
 * proximity: an organisation comes only from a role link, a contact only from the person's line
 * or block. Every link keeps its source; disagreements are listed as conflicts.
 */
import type { MentionRecord, MentionStatus } from '../store/mentions.js';
import type { Work } from './corpus-rows.js';
import { pageLines, type Line } from './indicators-layout.js';

/** Where a link was read. */
export interface LinkSource {
  readonly document: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export interface DirectoryLink {
  readonly kind: 'role' | 'email' | 'phone';
  /** The role label, the address or the phone digits. */
  readonly value: string;
  /** For roles: the organisation, when the text names it. */
  readonly organisation: string;
  readonly source: LinkSource;
}

export interface DirectoryEntry {
  readonly person: string;
  mentions: number;
  readonly documents: Set<string>;
  readonly links: DirectoryLink[];
}

const CONTACT_TYPES = new Set(['email', 'phone']);

/** The person mention a role mention ties: the one that starts inside its span. */
function personOf(role: MentionRecord, people: readonly MentionRecord[]): MentionRecord | undefined {
  return people.find((person) => person.page === role.page && person.start >= role.start && person.end <= role.end);
}

/** The organisation entity a role's organisation names (its mention inside the role span), else the name as read. */
function organisationOf(role: MentionRecord, organisations: readonly MentionRecord[]): string {
  if (role.unit === null || role.unit === '') return '';
  const mention = organisations.find((organisation) => organisation.page === role.page && organisation.start >= role.start && organisation.end <= role.end && organisation.value === role.unit);
  return mention?.entity ?? role.unit;
}

/**
 * The lines that belong to a person's contact block: their own line, then the following lines up
 * to a blank line, another person or five lines.
 */
function blockOf(lines: readonly Line[], person: MentionRecord, people: readonly MentionRecord[]): { start: number; end: number; lineEnd: number } {
  const index = lines.findIndex((line) => line.start <= person.start && person.start <= line.end);
  const own = lines[index];
  if (own === undefined) return { start: person.start, end: person.end, lineEnd: person.end };
  // On a line holding several people, a person's part of it ends where the next one starts.
  const nextOnLine = people.find((other) => other.page === person.page && other.start > person.end && other.start <= own.end);
  if (nextOnLine !== undefined) return { start: person.start, end: nextOnLine.start, lineEnd: nextOnLine.start };
  let end = own.end;
  for (let next = index + 1; next < Math.min(lines.length, index + 6); next += 1) {
    const line = lines[next];
    if (line === undefined || line.text.trim() === '' || people.some((other) => other.page === person.page && other.start >= line.start && other.start <= line.end)) break;
    end = line.end;
  }
  return { start: person.start, end, lineEnd: own.end };
}

/** An e-mail whose local part names another person of the page (and not this one) is theirs. */
function namesSomeoneElse(email: string, person: MentionRecord, people: readonly MentionRecord[]): boolean {
  const local = email.split('@')[0]?.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() ?? '';
  const surname = (value: string): string => (value.split(/\s+/u).pop() ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (local.includes(surname(person.entity ?? person.value))) return false;
  return people.some((other) => other !== person && surname(other.entity ?? other.value).length > 2 && local.includes(surname(other.entity ?? other.value)));
}

/** Builds the directory of the given works; `statuses` filters the person mentions listed. */
export function buildDirectory(works: Iterable<Work>, statuses: readonly MentionStatus[]): DirectoryEntry[] {
  const entries = new Map<string, DirectoryEntry>();
  const kept = new Set(statuses);
  for (const work of works) {
    const fileOf = new Map(work.pages.map((page) => [page.number, page.fileName]));
    const linesOf = new Map(work.pages.map((page) => [page.number, pageLines(page.text)]));
    const people = work.mentions.filter((mention) => mention.type === 'person');
    const organisations = work.mentions.filter((mention) => mention.type === 'organisation');
    const sourceOf = (mention: MentionRecord): LinkSource => ({ document: fileOf.get(mention.page) ?? work.primary.fileName, page: mention.page, start: mention.start, end: mention.end, rule: mention.rule });
    const entryOf = (person: MentionRecord): DirectoryEntry => {
      const name = person.entity ?? person.value;
      const entry = entries.get(name) ?? { person: name, mentions: 0, documents: new Set<string>(), links: [] };
      entries.set(name, entry);
      return entry;
    };
    for (const person of people.filter((mention) => kept.has(mention.status))) {
      const entry = entryOf(person);
      entry.mentions += 1;
      entry.documents.add(work.primary.fileName);
      const block = blockOf(linesOf.get(person.page) ?? [], person, people);
      for (const contact of work.mentions) {
        if (!CONTACT_TYPES.has(contact.type) || contact.page !== person.page || contact.start < block.start || contact.end > block.end) continue;
        if (contact.type === 'email' && namesSomeoneElse(contact.value, person, people)) continue;
        entry.links.push({ kind: contact.type as 'email' | 'phone', value: contact.value, organisation: '', source: { ...sourceOf(contact), rule: contact.start <= block.lineEnd ? 'same-line' : 'same-block' } });
      }
    }
    for (const role of work.mentions.filter((mention) => mention.type === 'role' && kept.has(mention.status))) {
      const person = personOf(role, people);
      if (person === undefined || !kept.has(person.status)) continue;
      entryOf(person).links.push({ kind: 'role', value: role.value, organisation: organisationOf(role, organisations), source: sourceOf(role) });
    }
  }
  return [...entries.values()].sort((a, b) => a.person.localeCompare(b.person, 'fr'));
}

/**
 * What disagrees in an entry: one role in several organisations, several roles in one
 * organisation, several e-mails. Each is kept in the entry; this only names them.
 */
export function conflictsOf(entry: DirectoryEntry): string[] {
  const conflicts: string[] = [];
  const roles = entry.links.filter((link) => link.kind === 'role');
  const byRole = new Map<string, Set<string>>();
  const byOrganisation = new Map<string, Set<string>>();
  for (const link of roles) {
    if (link.organisation === '') continue;
    byRole.set(link.value, (byRole.get(link.value) ?? new Set()).add(link.organisation));
    byOrganisation.set(link.organisation, (byOrganisation.get(link.organisation) ?? new Set()).add(link.value));
  }
  for (const [role, organisations] of byRole) if (organisations.size > 1) conflicts.push(`${role} de plusieurs organisations : ${[...organisations].join(', ')}`);
  for (const [organisation, labels] of byOrganisation) if (labels.size > 1) conflicts.push(`plusieurs rôles à ${organisation} : ${[...labels].join(', ')}`);
  const emails = new Set(entry.links.filter((link) => link.kind === 'email').map((link) => link.value));
  if (emails.size > 1) conflicts.push(`plusieurs e-mails : ${[...emails].join(', ')}`);
  return conflicts;
}
