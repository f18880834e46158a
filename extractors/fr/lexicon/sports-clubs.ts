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
