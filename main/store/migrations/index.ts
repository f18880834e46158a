import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001-initial.js';
import { migration002DocumentPageCounts } from './002-document-page-counts.js';
import { migration003DocumentWarnings } from './003-document-warnings.js';
import { migration004ReviewApp } from './004-review-app.js';
import { migration005CorpusIntelligence } from './005-corpus-intelligence.js';
import { migration006MentionEvidence } from './006-mention-evidence.js';
import { migration007DocumentDateFromFileName } from './007-document-date-from-file-name.js';

/** One schema step. `update` runs inside the transaction that also writes `user_version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly update: (db: Database) => void;
}

/**
 * Every migration, in order. An explicit list (not a folder scan) so the bundler and the type
 * checker see each step. Versions strictly increase; never edit a step once released.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', update: migration001Initial },
  { version: 2, name: 'document-page-counts', update: migration002DocumentPageCounts },
  { version: 3, name: 'document-warnings', update: migration003DocumentWarnings },
  { version: 4, name: 'review-app', update: migration004ReviewApp },
  { version: 5, name: 'corpus-intelligence', update: migration005CorpusIntelligence },
  { version: 6, name: 'mention-evidence', update: migration006MentionEvidence },
  { version: 7, name: 'document-date-from-file-name', update: migration007DocumentDateFromFileName },
];
