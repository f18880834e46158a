/** Words before a date that speak of the future (`sera organisé en`, `prévue fin`). */
export const FUTURE_CUES: readonly string[] = [
  'sera', 'seront', 'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'programmés', 'programmées',
  'envisagé', 'envisagée', 'envisagés', 'envisagées', 'visé', 'visée', 'visés', 'visées', 'attendu', 'attendue',
  'attendus', 'attendues', 'souhaité', 'souhaitée', 'souhaités', 'souhaitées', 'aura', 'auront', 'va', 'vont', 'doit', 'doivent',
];
/** Words between a verb and its date (`inauguré le`, `lancé dès le`, `recrutée fin`). */
export const DATE_LINKS: readonly string[] = ['le', 'du', 'dès', 'depuis', 'en', 'début', 'fin', 'courant', 'mi', 'mi-'];
