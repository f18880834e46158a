/**
 * Kind words a page writes in lower case before a body's own name (`la fédération Kalvo`, `l'incubateur des
 * Quenards`, `la pépinière d'entreprises Vromb`), where the name stands without them: read by the document pass
 * `document-kind-head` (organisation/document-kind-head.ts), which drops the kind only when the same document also
 * writes the name alone. Session 45, from the tuning sets' shapes. Left out: `réseau` and `jardin`, whose lower-case
 * forms open names of their own (`réseau des Kalvo`, `jardin de Quenard`), and the public bodies (`ville de`,
 * `commune de`), whose name is the place they govern.
 */
export const KINDS_WRITTEN_APART: readonly string[] = [
  'fédération', 'compagnie', 'coopérative', 'incubateur', 'pépinière', 'atelier', 'ateliers', 'chantier', 'foyer', 'fabrique',
];
