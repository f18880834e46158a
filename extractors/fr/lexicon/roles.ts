/**
 * Role and function nouns seen next to names (`chargé de développement`, `Président`). Used to
 * refuse them as surnames and to raise confidence when a name sits next to one.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'président', 'présidente', 'vice-président', 'vice-présidente', 'co-président', 'co-présidente',
  'directeur', 'directrice', 'chargé', 'chargée', 'chargés', 'chargées', 'responsable', 'coordinateur',
  'coordinatrice', 'animateur', 'animatrice', 'animateurs', 'trésorier', 'trésorière', 'secrétaire',
  'adjoint', 'adjointe', 'maire', 'conseiller', 'conseillère', 'conseillers', 'député', 'députée',
  'sénateur', 'sénatrice', 'ministre', 'préfet', 'préfète', 'sous-préfet', 'sous-préfète', 'délégué', 'déléguée', 'représentant',
  'représentante', 'administrateur', 'administratrice', 'fondateur', 'fondatrice', 'gérant', 'gérante',
  'mandataire', 'élu', 'élue', 'élus', 'chef', 'cheffe', 'assistant', 'assistante', 'stagiaire',
  'référent', 'référente', 'pilote', 'pilotes', 'co-pilotes', 'copilote', 'contact', 'contacts',
  'membre', 'membres', 'bénévole', 'salarié', 'salariée', 'facilitateur', 'facilitatrice', 'chargé·e',
]);

/**
 * Prefixes of an office written with a hyphen (`sous-préfète`, `vice-président`, `co-présidente`); a text may write a
 * space for it (organisation/role-led.ts `joinRolePrefix`, which joins only into a role of ROLE_NOUNS).
 */
export const ROLE_PREFIXES: readonly string[] = ['sous', 'vice', 'co'];

/**
 * Elected and appointed offices written right before the holder's surname with no preposition
 * (`le ministre DURAND`, `la préfète⏎LEBLANC`); what follows them in capitals is a person, not a body.
 * `président`, `délégué`, `référent` are left out: `président ADIE`, `référent PLIE` name the body served.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'ministre', 'maire', 'préfet', 'préfète', 'député', 'députée', 'sénateur', 'sénatrice', 'sous-préfet', 'sous-préfète',
]);

/**
 * Participles whose agent after `par` is a person (`présidé par`, `animée par`): a role held by
 * the name that follows. Organisations are rarely `présidées par` another body.
 */
export const PERSON_AGENT_PARTICIPLES: readonly string[] = [
  'présidé', 'présidée', 'présidés', 'présidées', 'dirigé', 'dirigée', 'dirigés', 'dirigées', 'animé', 'animée',
  'animés', 'animées', 'fondé', 'fondée', 'fondés', 'fondées', 'cofondé', 'cofondée', 'co-fondé', 'co-fondée',
  'coordonné', 'coordonnée', 'représenté', 'représentée', 'interviewé', 'interviewée', 'incarné', 'incarnée',
  // A byline: `Propos recueillis par X`, `Article rédigé par X`.
  'recueilli', 'recueillis', 'recueillie', 'recueillies', 'rédigé', 'rédigée', 'écrit', 'écrite',
];

/** Speech verbs of an inverted quotation (`…», explique X`, `, précise X`): the speaker follows. */
export const SPEECH_VERBS: readonly string[] = [
  'explique', 'précise', 'souligne', 'témoigne', 'raconte', 'indique', 'confie', 'ajoute', 'rappelle', 'résume',
  'estime', 'affirme', 'poursuit', 'conclut', 'détaille', 'insiste', 'note', 'observe', 'reconnaît', 'sourit',
];

/**
 * Professions that name one person after a determiner (`la journaliste X`, `l'économiste X`) but are
 * no office in a body, so they stay out of ROLE_NOUNS (which the organisation features also read).
 */
export const PROFESSION_NOUNS: readonly string[] = [
  'journaliste', 'photographe', 'chercheur', 'chercheuse', 'doctorant', 'doctorante', 'sociologue', 'économiste',
  'historien', 'historienne', 'auteur', 'autrice', 'écrivain', 'écrivaine', 'réalisateur', 'réalisatrice',
  'artiste', 'architecte', 'avocat', 'avocate', 'médecin', 'consultant', 'consultante', 'formateur', 'formatrice',
  // Trades of workshops, shops and care (`X Y, encadrant technique`, `X Y (cuisinière)`).
  'encadrant', 'encadrante', 'éducateur', 'éducatrice', 'cuisinier', 'cuisinière', 'menuisier', 'menuisière',
  'couturier', 'couturière', 'maraîcher', 'maraîchère', 'agriculteur', 'agricultrice', 'artisan', 'artisane',
  'infirmier', 'infirmière', 'ingénieur', 'ingénieure', 'enseignant', 'enseignante', 'professeur', 'professeure',
  'entrepreneur', 'entrepreneuse', 'commerçant', 'commerçante', 'urbaniste', 'designer', 'graphiste', 'paysagiste',
  // Farms, schools and the trades of the people who run or join a cooperative (`X Y, éleveur à…`, `X Y, doyen de…`).
  'éleveur', 'éleveuse', 'exploitant', 'exploitante', 'viticulteur', 'viticultrice', 'apiculteur', 'apicultrice', 'paysan',
  'paysanne', 'boulanger', 'boulangère', 'doyen', 'doyenne', 'recteur', 'rectrice', 'proviseur', 'proviseure',
  'psychologue', 'juriste', 'comptable', 'politologue', 'géographe', 'philosophe', 'anthropologue',
];

/**
 * Credit lines that open on a name (`Photo : X Y`, `Crédit photo X Y`, `Texte : X Y`, `© X Y`):
 * a photographer, an author or an illustrator is a person.
 */
export const CREDIT_CUES: readonly string[] = [
  'photo', 'photos', 'crédit photo', 'crédits photo', 'crédit photos', 'crédits photos', 'crédit', 'crédits', 'credit photo',
  'texte', 'textes', 'rédaction', 'illustration', 'illustrations', 'dessin', 'dessins', 'reportage', 'propos recueillis par', '©',
];

/**
 * What a role is in charge of, written after it as `de` + a capital (`directrice de Recherche`,
 * `chargé de Mission`, `chef de Projet`): part of the person's title, never a body's name (folded).
 */
export const ROLE_AREAS: ReadonlySet<string> = new Set([
  'recherche', 'projet', 'projets', 'mission', 'missions', 'service', 'services', 'communication', 'programme', 'programmes',
  'etudes', 'production', 'formation', 'clientele', 'equipe', 'site', 'secteur', 'departement', 'pole', 'cabinet',
  'publication', 'redaction', 'travaux', 'chantier', 'ressources', 'affaires', 'relations', 'partenariats', 'administration',
]);

/**
 * Words that name a publication, its desk or a site's account, not a family (folded: no accents,
 * lower case): a byline or a credit signed by a medium (`Par Kolibri INFO`, `Photo : Terrain
 * PRESSE`, `Par Rédaction WEB`) names no person, though the word stands where a surname would.
 */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'info', 'infos', 'presse', 'redaction', 'actu', 'actus', 'actualite', 'actualites', 'news', 'media', 'medias', 'mag',
  'magazine', 'journal', 'hebdo', 'quotidien', 'radio', 'tv', 'tele', 'web', 'edition', 'editions', 'communication',
  'admin', 'webmaster', 'staff', 'team',
]);
