/**
 * Words that open an attendance list of minutes, an attendance sheet or a list of proxies (`Présents :`,
 * `Excusés`, `Pouvoir de … à …`, `représenté par`): lists that French minutes, electoral lists and rolls
 * write surname first (`Nom Prénom, Nom Prénom`). Lower case; a cue may close on `de`, `par` or `à`
 * (`procuration de`, `représentée par`), matched by the reader of the list.
 */
export const ATTENDANCE_CUES: readonly string[] = [
  'présent', 'présente', 'présents', 'présentes', 'étaient présents', 'membres présents',
  'absent', 'absente', 'absents', 'absentes', 'excusé', 'excusée', 'excusés', 'excusées',
  'représenté par', 'représentée par', 'représentés par', 'représentées par',
  'pouvoir', 'pouvoirs', 'pouvoir de', 'pouvoirs de', 'procuration', 'procurations', 'procuration de', 'procurations de',
  'mandat', 'mandats', 'mandat de', 'mandats de', 'émargement', 'assistaient', 'assistaient à la séance',
  'secrétaire de séance', 'inscrits', 'inscrites', 'élus', 'élues', 'candidats', 'candidates', 'liste des candidats',
];
