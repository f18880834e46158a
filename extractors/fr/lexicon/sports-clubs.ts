/**
 * Initials a French sports club opens its name with, before its town (`US Amiens`, `FC Nantes`,
 * `AS Saint-Étienne`, `ASPTT Caen`): Union sportive, Association sportive, Football Club, Racing
 * Club, Stade club… General knowledge of club naming, written in capitals as clubs write them.
 * Sports clubs are associations, part of the ESS a PTCE's partner list names.
 */
export const SPORTS_CLUB_INITIALS: readonly string[] = [
  'AS', 'US', 'FC', 'SC', 'RC', 'AC', 'ES', 'JS', 'CS', 'ASC', 'ASPTT', 'USM', 'ASM', 'ESM', 'AJ', 'SCO', 'OGC', 'EA',
  'HBC', 'BC', 'VC', 'TC', 'JA', 'EC', 'UA',
];

/**
 * Sports, games and service-club names a club writes before `club` (`Aviron Club Lorvois`, `tennis club Kalvo`, `Rotary club
 * de Lorv`): the activity is the first word of the club's name. General knowledge, lower case (folded on use).
 */
export const CLUB_ACTIVITIES: readonly string[] = [
  'aviron', 'yacht', 'tennis', 'judo', 'rugby', 'football', 'foot', 'basket', 'basket-ball', 'handball', 'hand-ball', 'volley', 'volley-ball',
  'badminton', 'golf', 'ski', 'cyclo', 'vélo', 'cycliste', 'athlétic', 'athletic', 'natation', 'nautique', 'kayak', 'canoë', 'canoë-kayak',
  'escrime', 'karaté', 'bridge', 'échecs', 'pétanque', 'boules', 'billard', 'bowling', 'tir', 'voile', 'rando', 'randonnée', 'alpin',
  'rotary', 'lions', 'kiwanis', 'photo', 'ciné', 'cinéma', 'aéro', 'aéro-club', 'auto', 'moto', 'motocross', 'karting', 'roller', 'skate',
  'surf', 'plongée', 'hockey', 'baseball', 'cricket', 'boxing', 'boxe', 'triathlon', 'running', 'jogging', 'gym', 'fitness', 'danse',
  'country', 'équestre', 'poney', 'hippique', 'taekwondo', 'aïkido', 'lutte', 'haltérophilie', 'squash', 'padel', 'pelote', 'scrabble',
];
