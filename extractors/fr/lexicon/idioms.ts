/**
 * French idioms with a number in them, written from general usage: the number counts nothing
 * (`aux quatre coins du monde`, `faire d'une pierre deux coups`, `à deux pas d'ici`). Each
 * entry is the idiom's fixed words around its number, lower case, with `'` for any apostrophe;
 * a number that stands inside one of them is no figure (fr.figure.filter.idiom).
 */
export const NUMBER_IDIOMS: readonly string[] = [
  'quatre coins', "d'une pierre deux coups", 'à deux pas', 'deux temps trois mouvements', 'les cent pas', 'mille fois',
  'cent fois sur le métier', 'deux poids deux mesures', 'deux poids, deux mesures', 'trente-six du mois', 'trente-six chandelles',
  'trente-six façons', 'mettre en quatre', 'mettent en quatre', 'met en quatre', 'mis en quatre', 'mise en quatre',
  'la poire en deux', 'entre deux chaises', 'ni une ni deux', 'de deux choses l\'une', 'un de ces quatre', 'quatre vérités',
  'par quatre chemins', 'des quatre jeudis', 'quatre épingles', 'quatre à quatre', 'cinq sur cinq', 'trois fois rien',
  'à deux doigts', 'en deux mots', 'en trois mots', 'de ses dix doigts', 'de ses deux mains', 'sept lieues',
  'trois francs six sous', 'cent coudées', 'vingt-quatre heures sur vingt-quatre', '24 heures sur 24', 'sept jours sur sept',
  '7 jours sur 7', 'en moins de deux', 'comme deux gouttes d\'eau', 'faire les quatre cents coups', 'les quatre cents coups',
  'dormir sur ses deux oreilles', 'sur ses deux oreilles', 'couper les cheveux en quatre', 'les cheveux en quatre',
  'jamais deux sans trois', 'deux têtes', 'à quatre pattes', 'haut comme trois pommes', 'trois pommes',
  'mille et une', 'mille et un',
  // A text read by two speakers (`présenté à deux voix`), a kind of vehicle (`deux ou quatre roues`).
  'à deux voix', 'quatre roues', 'deux roues',
  // `tous deux`, `toutes les trois`: both, all three of the people or things just named; the number counts nothing new.
  'tous deux', 'toutes deux', 'tous trois', 'toutes trois', 'tous les deux', 'toutes les deux', 'tous les trois', 'toutes les trois',
] as const;
