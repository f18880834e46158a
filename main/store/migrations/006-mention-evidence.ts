import type { Database } from 'better-sqlite3';

/**
 * 006 — a mention keeps the names of the evidence that made an evidence-scored rule keep it
 * (`fr.organisation.candidate`: a list of organisations around it, a cue word before it…), so the
 * review app can show why it was proposed. Comma-separated like `inferred`; empty for rules that
 * do not score evidence and for mentions stored before this step.
 */
export function migration006MentionEvidence(db: Database): void {
  db.exec(`ALTER TABLE mentions ADD COLUMN evidence TEXT NOT NULL DEFAULT ''`);
}
