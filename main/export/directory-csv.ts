/**
 * The `directory` export: one row per person entity, with the organisations, e-mails and phones
 * found next to their mentions (same sentence or line), and where they were seen. This is the
 * "who leads which working group, and how to reach them" table analysts keep by hand.
 */
import type { Db } from '../store/db.js';
import type { MentionRecord } from '../store/mentions.js';
import { corpusWorks } from './corpus-rows.js';
import { writeCsv, type CsvOptions } from './mentions-csv.js';

/**
 * `roles` stays empty until roles are extracted as mentions of their own (the role lexicon only
 * raises person confidence today); the column is there so the layout will not change then.
 */
export const DIRECTORY_COLUMNS = ['person', 'roles', 'organisations', 'emails', 'phones', 'documents', 'mentions'] as const;

interface Entry {
  organisations: Set<string>;
  emails: Set<string>;
  phones: Set<string>;
  documents: Set<string>;
  mentions: number;
}

/** Mentions on the same page whose span lies within `reach` characters of the person's. */
function neighbours(person: MentionRecord, pageMentions: readonly MentionRecord[], reach: number): MentionRecord[] {
  return pageMentions.filter((other) => other !== person && other.start < person.end + reach && other.end > person.start - reach && other.context === person.context);
}

export async function exportDirectoryCsv(db: Db, out: string, options: CsvOptions): Promise<number> {
  const people = new Map<string, Entry>();
  for (const { primary: document, mentions } of corpusWorks(db)) {
    for (const person of mentions) {
      if (person.type !== 'person') continue;
      const name = person.entity ?? person.value;
      const entry = people.get(name) ?? { organisations: new Set(), emails: new Set(), phones: new Set(), documents: new Set(), mentions: 0 };
      people.set(name, entry);
      entry.mentions += 1;
      entry.documents.add(document.fileName);
      for (const other of neighbours(person, mentions.filter((mention) => mention.page === person.page), 160)) {
        if (other.type === 'organisation') entry.organisations.add(other.entity ?? other.value);
        else if (other.type === 'email') entry.emails.add(other.value);
        else if (other.type === 'phone') entry.phones.add(other.value);
      }
    }
  }
  const join = (values: Set<string>): string => [...values].sort((a, b) => a.localeCompare(b, 'fr')).join(' | ');
  const rows = [...people.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr'))
    .map(([name, entry]) => [name, '', join(entry.organisations), join(entry.emails), join(entry.phones), join(entry.documents), entry.mentions] as const);
  return writeCsv(out, DIRECTORY_COLUMNS, rows, options);
}
