/** Words before a date that speak of the future (`sera organisé en`, `prévue fin`). */
export const FUTURE_CUES: readonly string[] = [
  'sera', 'seront', 'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'programmés', 'programmées',
  'envisagé', 'envisagée', 'envisagés', 'envisagées', 'visé', 'visée', 'visés', 'visées', 'attendu', 'attendue',
  'attendus', 'attendues', 'souhaité', 'souhaitée', 'souhaités', 'souhaitées', 'aura', 'auront', 'va', 'vont', 'doit', 'doivent',
];
/** Words between a verb and its date (`inauguré le`, `lancé dès le`, `recrutée fin`). */
export const DATE_LINKS: readonly string[] = ['le', 'du', 'dès', 'depuis', 'en', 'début', 'fin', 'courant', 'mi', 'mi-'];
/**
 * Endings of the third person of the simple future after at least one letter (`aura`, `sera`,
 * `se tiendra`, `devra`, `pourra`, `seront`). `-éra` (`opéra`), `-tra` (`extra`), `-bra` and
 * `front` are nouns, so the ending's letters are listed rather than any `-ra`.
 */
export const FUTURE_ENDINGS: readonly string[] = ['era', 'ira', 'ura', 'dra', 'vra', 'rra', 'eront', 'iront', 'uront', 'dront', 'vront', 'rront'];
/**
 * Participles that move an event to another date (`reportée au 12 juin`, `repoussé à`): the date
 * after them is where the event went, not a past one.
 */
export const POSTPONED: readonly string[] = [
  'reporté', 'reportée', 'reportés', 'reportées', 'repoussé', 'repoussée', 'repoussés', 'repoussées',
  'décalé', 'décalée', 'décalés', 'décalées', 'prolongé', 'prolongée', 'prolongés', 'prolongées',
  'différé', 'différée', 'différés', 'différées', 'ajourné', 'ajournée', 'ajournés', 'ajournées',
];

/**
 * Words that make a month a habit, not a date, when they stand right before its cue: a time that
 * comes back (`tous les ans en mars`, `chaque année en juin`) or a custom (`se tient
 * traditionnellement en mai`, `a lieu habituellement au mois d'avril`). Lower case.
 */
export const HABIT_CUES: readonly string[] = [
  'tous les ans', 'chaque année', 'chaque an', 'chaque mois',
  'traditionnellement', 'habituellement', "d'habitude", 'rituellement', 'annuellement',
];

/**
 * Words that make every month of their sentence come back each year (`Comme tous les ans, la brocante se tient en
 * mai`): a yearly time, not an adverb of custom, which may tell of a single word of the sentence (`Habituellement
 * fermée, la boutique ouvrira en août`). Lower case.
 */
export const YEARLY_CUES: readonly string[] = ['tous les ans', 'chaque année', 'chaque an'];

/**
 * Words that, opening a sentence, bring a story back to the document's time or ahead of it (`Aujourd'hui, elle
 * compte…`, `Depuis le 1er juin, elle est…`, `Prochaine assemblée : le 12 juin`): a year framing the passage before
 * them (`En 2016, …`) no longer places the dates after them (fr.date.resolve-year). Lower case; an apostrophe reads
 * either way.
 */
export const FRAME_BREAKERS: readonly string[] = [
  "aujourd'hui", 'désormais', 'depuis', 'actuellement', 'cette année', 'prochain', 'prochaine', 'prochains', 'prochaines',
];
