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
