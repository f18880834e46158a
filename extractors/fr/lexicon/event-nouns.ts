/**
 * Nouns that name a recurring event (`Mois de l'ESS`, `Semaine de la coopération`, `Forum des
 * associations`): a name and year after them (`Mois de l'ESS 2024`) is the event's edition.
 */
export const EVENT_NOUNS: readonly string[] = [
  'mois', 'semaine', 'quinzaine', 'journée', 'journées', 'forum', 'salon', 'festival', 'rencontre', 'rencontres', 'fête',
  'assises', 'biennale', 'université', 'universités', 'trophées', 'prix', 'concours', 'campagne', 'édition',
];
