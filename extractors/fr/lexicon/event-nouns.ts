/**
 * Nouns that name a recurring event (`Mois de l'ESS`, `Semaine de la coopération`, `Forum des
 * associations`): a name and year after them (`Mois de l'ESS 2024`) is the event's edition.
 */
export const EVENT_NOUNS: readonly string[] = [
  'mois', 'semaine', 'quinzaine', 'journée', 'journées', 'forum', 'salon', 'festival', 'rencontre', 'rencontres', 'fête',
  'assises', 'biennale', 'université', 'universités', 'trophées', 'prix', 'concours', 'campagne', 'édition',
];

/**
 * What may stand between an event's noun and the name of its edition: `de l'`, `de la`, `du`,
 * `des`, a bare `de` or `d'` (`festival de ESS 2024`), or nothing (`Prix ESS 2024`).
 */
export const EVENT_LINKS: readonly string[] = ["de l'", 'de la', 'de', 'du', 'des', "d'"];

/**
 * Historic events French writing capitalises (organisation/not-a-body.ts `historic-event`): `après la Seconde Guerre
 * mondiale`, `pendant la Grande Guerre`. A capitalised run that is one of them names a period, no body.
 * Folded, one space between words.
 */
export const HISTORIC_EVENTS: readonly string[] = [
  'premiere guerre mondiale', 'seconde guerre mondiale', 'deuxieme guerre mondiale', 'grande guerre', 'guerre froide',
  'guerre d\'algerie', 'guerre de 14-18', 'guerre de 1914-1918', 'guerre de 39-45', 'guerre de 1939-1945', 'revolution francaise',
  'revolution industrielle', 'trente glorieuses', 'belle epoque', 'front populaire', 'mai 68',
  'premier empire', 'second empire', 'ancien regime', 'moyen age', 'moyen-age',
];
