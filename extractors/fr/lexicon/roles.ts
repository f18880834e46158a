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
  // Offices of a board or a body written with a co- or vice- prefix, or shared (`co-gérante`, `vice-trésorier`).
  'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'coprésident', 'coprésidente', 'cogérant', 'cogérante',
  'co-gérant', 'co-gérante', 'vice-trésorier', 'vice-trésorière', 'co-directeur', 'co-directrice', 'codirecteur', 'codirectrice',
  'dirigeant', 'dirigeante', 'porte-parole', 'rapporteur', 'rapporteure', 'rapporteuse', 'maire-adjoint', 'maire-adjointe',
  // Elected and State offices the list above lacks (`eurodéputée`, `haute-commissaire`).
  'eurodéputé', 'eurodéputée', 'parlementaire', 'haut-commissaire', 'haute-commissaire', 'conseiller·ère', 'adjoint·e',
  // Inclusive forms of the offices above, one word with a middle dot (`directeur·rice`, `président·e`).
  'président·e', 'vice-président·e', 'co-président·e', 'directeur·rice', 'directeur·trice', 'coordinateur·rice',
  'coordinateur·trice', 'animateur·rice', 'animateur·trice', 'trésorier·ère', 'délégué·e', 'référent·e', 'élu·e',
  'administrateur·rice', 'fondateur·rice', 'cofondateur·rice', 'co-fondateur·rice', 'gérant·e', 'député·e', 'sénateur·rice',
  'représentant·e', 'facilitateur·rice', 'salarié·e', 'assistant·e',
]);

/**
 * Words of time or standing written between a name and its role (`X Y, ancienne présidente`, `X Y, actuel maire`): the
 * role after them is still the person's (parsers/person-role-cued.ts).
 */
export const ROLE_QUALIFIERS: readonly string[] = [
  'ancien', 'ancienne', 'nouveau', 'nouvel', 'nouvelle', 'actuel', 'actuelle', 'futur', 'future', 'jeune', 'première', 'premier',
];

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
  // Social work, insertion and care trades (`X Y, accompagnatrice socioprofessionnelle`, `X Y (monitrice d'atelier)`): the
  // first word is what the readers compare.
  'accompagnateur', 'accompagnatrice', 'accompagnant', 'accompagnante', 'médiateur', 'médiatrice', 'moniteur', 'monitrice',
  'travailleur', 'travailleuse', 'intervenant', 'intervenante', 'aidant', 'aidante', 'auxiliaire', 'aide-soignant',
  'aide-soignante', 'puéricultrice', 'puériculteur', 'ergothérapeute', 'orthophoniste', 'psychomotricien', 'psychomotricienne',
  'kinésithérapeute', 'kiné', 'ostéopathe', 'diététicien', 'diététicienne', 'sage-femme', 'pharmacien', 'pharmacienne',
  'dentiste', 'pédiatre', 'psychiatre', 'gériatre', 'généraliste', 'chirurgien', 'chirurgienne', 'ambulancier', 'ambulancière',
  'praticien', 'praticienne', 'cadre', 'agent', 'agente', 'technicien', 'technicienne', 'gestionnaire', 'collaborateur',
  'collaboratrice', 'attaché', 'attachée', 'superviseur', 'superviseuse', 'manager', 'ambassadeur', 'ambassadrice',
  'parrain', 'marraine', 'volontaire', 'apprenti', 'apprentie', 'alternant', 'alternante', 'ouvrier', 'ouvrière', 'employé',
  'employée', 'militant', 'militante', 'adhérent', 'adhérente', 'coopérateur', 'coopératrice', 'sociétaire', 'associé',
  'associée', 'entrepreneure', 'créateur', 'créatrice', 'porteur', 'porteuse', 'retraité', 'retraitée', 'étudiant', 'étudiante',
  // Trades of shops, workshops and farms (`X Y, brasseuse`, `X Y (vigneron)`); some are surnames too (`Charpentier`): a
  // profession is never refused as a surname, only read as a cue beside a name.
  'chauffeur', 'chauffeuse', 'livreur', 'livreuse', 'coursier', 'coursière', 'mécanicien', 'mécanicienne', 'électricien',
  'électricienne', 'plombier', 'charpentier', 'charpentière', 'maçon', 'jardinier', 'jardinière', 'forestier', 'forestière',
  'bûcheron', 'bûcheronne', 'vigneron', 'vigneronne', 'fromager', 'fromagère', 'brasseur', 'brasseuse', 'torréfacteur',
  'restaurateur', 'restauratrice', 'serveur', 'serveuse', 'libraire', 'couvreur', 'tapissier', 'tapissière', 'ébéniste',
  'potier', 'potière', 'céramiste', 'tisserand', 'tisserande', 'horticulteur', 'horticultrice', 'arboriculteur',
  'arboricultrice', 'pêcheur', 'pêcheuse', 'berger', 'bergère', 'meunier', 'meunière', 'producteur', 'productrice',
  // Research and teaching (`X Y, maîtresse de conférences` is read on `maître`/`enseignante-chercheuse`).
  'enseignant-chercheur', 'enseignante-chercheuse', 'post-doctorant', 'post-doctorante', 'postdoctorant', 'postdoctorante',
  'universitaire', 'scientifique', 'biologiste', 'agronome', 'écologue', 'climatologue', 'démographe', 'statisticien',
  'statisticienne', 'linguiste', 'ethnologue', 'historien·ne', 'instituteur', 'institutrice', 'principal', 'principale', 'vice-doyen',
  'vice-doyenne', 'chancelier', 'chancelière', 'bibliothécaire', 'documentaliste', 'archiviste',
  // Culture and media (`X Y, metteuse en scène`, `la chorégraphe X Y`).
  'musicien', 'musicienne', 'chanteur', 'chanteuse', 'comédien', 'comédienne', 'danseur', 'danseuse', 'chorégraphe',
  'metteur', 'metteuse', 'plasticien', 'plasticienne', 'sculpteur', 'sculptrice', 'peintre', 'illustrateur', 'illustratrice',
  'dessinateur', 'dessinatrice', 'scénariste', 'romancier', 'romancière', 'poète', 'poétesse', 'conteur', 'conteuse',
  'compositeur', 'compositrice', 'programmateur', 'programmatrice', 'régisseur', 'régisseuse', 'éditeur', 'éditrice',
  'rédacteur', 'rédactrice', 'chroniqueur', 'chroniqueuse', 'reporter', 'vidéaste', 'conservateur', 'conservatrice',
  'commissaire', 'cinéaste', 'dramaturge', 'luthier', 'luthière',
  // Sport (`X Y, entraîneur`, `la capitaine X Y`).
  'entraîneur', 'entraîneuse', 'entraineur', 'entraineuse', 'coach', 'joueur', 'joueuse', 'capitaine', 'arbitre', 'athlète',
  'sportif', 'sportive', 'champion', 'championne', 'cycliste', 'footballeur', 'footballeuse', 'handballeur', 'handballeuse',
  'basketteur', 'basketteuse', 'nageur', 'nageuse', 'coureur', 'coureuse', 'judoka', 'alpiniste', 'skipper',
  // Church (`le pasteur X Y`, `X Y, aumônière`).
  'abbé', 'prêtre', 'curé', 'pasteur', 'pasteure', 'rabbin', 'imam', 'évêque', 'archevêque', 'cardinal', 'diacre', 'aumônier',
  'aumônière', 'religieuse', 'religieux', 'moine', 'moniale', 'prieur', 'prieure', 'vicaire', 'chanoine', 'missionnaire',
  // Army, police, rescue (`le colonel X Y`, `X Y, sapeuse-pompière`).
  'général', 'générale', 'colonel', 'colonelle', 'lieutenant', 'lieutenante', 'lieutenant-colonel', 'commandant',
  'commandante', 'adjudant', 'adjudante', 'sergent', 'sergente', 'caporal', 'brigadier', 'gendarme', 'policier', 'policière',
  'pompier', 'pompière', 'sapeur-pompier', 'sapeuse-pompière', 'militaire', 'soldat', 'soldate', 'amiral', 'officier',
  'officière', 'maréchal',
  // Law (`Maître` is a title, lexicon/titles.ts).
  'notaire', 'huissier', 'huissière', 'magistrat', 'magistrate', 'juge', 'procureur', 'procureure', 'greffier', 'greffière',
  'expert-comptable', 'inspecteur', 'inspectrice', 'contrôleur', 'contrôleuse', 'intendant', 'intendante',
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
  // a press or photo agency, a studio, in French or English (`© Kolibri Press`, `Photo : Terrain Studio`)
  'press', 'agence', 'agency', 'studio', 'studios', 'photo', 'photos', 'photographie', 'images', 'productions', 'pictures',
]);
