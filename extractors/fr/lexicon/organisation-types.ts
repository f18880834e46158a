/**
 * Acronyms of a kind of body, named by what follows (`GEIQ BTP Hainaut`, `CCAS de Lunel`), among them a school's parents'
 * association and its managing body (`l'Apel de Saint-Exupéry`, `l'OGEC de l'école Sainte-Anne`): heads of a name
 * (`ORGANISATION_HEADS`), which running text writes in capitals (organisation-named.ts `SHORT_FORM_HEADS`).
 */
export const KIND_ACRONYM_HEADS: readonly string[] = ['geiq', 'ccas', 'cias', 'esat', 'ehpad', 'cfa', 'mjc', 'caue', 'apel', 'ogec'];

/**
 * Words that head an organisation's name (`Pôle Métropolitain de l'Artois`, `réseau Cocagne`).
 * `LEGAL_FORM_HEADS` only announce a name and are dropped from the value
 * (`l'association Les Anges Gardins` → `Les Anges Gardins`); the others are part of the name.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  "entreprise d'insertion", 'entreprise adaptée', 'épicerie solidaire', 'épicerie sociale', "chantier d'insertion",
  'collectivité européenne', 'collectivité territoriale', 'collectivité', 'eurométropole', 'établissement public territorial',
  'università', 'agglo',
  ...KIND_ACRONYM_HEADS,
  // A friendly society (`l'Amicale des sapeurs-pompiers de Lunel`, `l'amicale laïque de Lunel`): a body of every town,
  // named by the trade or the place after it.
  'amicale',
  'pôle', 'pôles', 'réseau', 'intercom', 'institut', 'université', 'fédération', 'union', 'comité', 'chambre',
  "communauté d'agglomération", 'communauté de communes', 'communauté urbaine', 'métropole', 'région',
  // `communauté de commune` (singular): a spelling of the kind common enough in real writing to be read as it.
  'communauté de commune',
  'conseil régional', 'conseil départemental', 'conseil général', 'département', 'mairie', 'ville', 'commune',
  'préfecture', 'sous-préfecture', 'municipalité',
  'maison', 'fondation', 'incubateur', 'ligue', 'compagnie', 'garage', 'ferme', 'jardins', 'jardin',
  // The State's services by their scope (`Direction régionale et interdépartementale de l'hébergement et du logement`,
  // `Direction territoriale de la cohésion sociale et de la vie associative`): named by lower-case words (LOWER_NAME_HEADS).
  'agence', 'direction régionale et interdépartementale', 'direction régionale', 'direction départementale', 'direction interdépartementale', 'direction interrégionale', 'direction territoriale', 'ministère', "secrétariat d'État",
  'cellule', 'centre', 'groupement', 'syndicat', 'mutuelle', 'banque', 'caisse', 'office', 'mission locale',
  'école', 'lycée', 'collège', 'iut', 'iae', 'cabinet', 'espace', 'parc', 'pépinière', 'ateliers',
  'atelier', 'écopôle', 'ecopôle', 'plateforme', 'coopérative', 'ptce', 'scic', 'scop', 'sas', 'sarl',
  'sa', 'eurl', 'gie', 'gip', 'epci', 'cress', 'collectif', 'association', 'société', 'entreprise',
  'conseil', 'club', 'observatoire', 'conservatoire', 'académie', 'laboratoire', 'régie', 'foyer',
  // `résidence`: a name quoted after it names the structure (`la résidence « Les Pins », une maison de retraite gérée en association`); one
  // written right after it or after its description is the building's (organisation/building-place.ts).
  'résidence', 'recyclerie', 'ressourcerie', 'épicerie', 'café', 'tiers-lieu', 'fabrique', 'chantier',
  'fonds de dotation', "bureau d'études", "bureau d'étude", 'labo', 'cave coopérative', 'tiers lieu',
  // Courts named by their seat (SEAT_NAMED_HEADS): `tribunal de commerce de Lunel`.
  'tribunal de commerce', 'tribunal judiciaire', 'tribunal administratif',
  // Session 44, from general knowledge: bookshops, mills, casinos and the State's local units that a text names by their
  // kind and a proper name, in lower case as often as with a capital (`la librairie des Kalvis`, `la minoterie du Trokal`,
  // `le casino Kalvi`, `la gendarmerie de l'Ain`). Left out: `cave` and `cuma` (a name closing on lower-case words or
  // opening on a federation's letters, `FD Cuma du …`), `chaire` (its university follows with `de`), `bibliothèque` and
  // `médiathèque` (named by their town or their owner, a venue or a collection; one named after a person is a body,
  // person-named-heads.ts).
  'librairie', 'minoterie', 'gendarmerie', 'casino',
];

/**
 * Heads that open a body's name only written with a capital (`le Groupe Kalvéo`, `GROUPE KALVÉO`): in lower case
 * they name a kind or a gathering (`le groupe de travail`, `un groupe d'habitants`), and `le groupe X` is read by the
 * kinds before a name (kinds-before-name.ts). Read by `fr.organisation.named` only, not among the type words.
 * `Radio` + a capitalised name is a station (`Radio Lunel`, `Radio Fontvieille`); `la radio` is the medium, and `la radio
 * associative X` is read by the kinds before a name.
 */
export const CAPITALISED_ONLY_HEADS: readonly string[] = ['groupe', 'radio'];

/**
 * Local authorities named by their body word and the place they govern (`la mairie de Lunel`,
 * `le conseil général de la Drôme`, `la communauté urbaine de Brest`): unlike `l'agence de Pau`
 * (a branch named by its town) or `la ville de Lunel` (the place itself), `de` + a place after
 * them names the body of that place, a written-in-lower-case organisation.
 */
export const LOCAL_AUTHORITY_HEADS: ReadonlySet<string> = new Set([
  'mairie', 'conseil général', 'conseil départemental', 'conseil régional', 'communauté urbaine', 'communauté de communes',
  'communauté de commune', "communauté d'agglomération", 'préfecture', 'sous-préfecture',
]);

/**
 * State bodies named by the seat of their district (`l'académie de Lunel`, `du tribunal de commerce de Lunel`): like a
 * local authority's word, `de` + a place after them names that district's body, not a branch named by its town.
 */
export const SEAT_NAMED_HEADS: ReadonlySet<string> = new Set(['académie', 'tribunal de commerce', 'tribunal judiciaire', 'tribunal administratif']);

/**
 * Heads that name a town or an area as a place or as its governing body (`la commune de Lunel`,
 * `la ville de Lunel`, `la municipalité de Lunel`, `la métropole de Lunel`). Written in lower case
 * with `de` + a place, they are read as the body (a partner, a funder, an actor) unless a word of
 * location or of the place's life comes right before them (PLACE_READING_BEFORE).
 */
export const PLACE_OR_BODY_HEADS: ReadonlySet<string> = new Set(['ville', 'commune', 'municipalité', 'métropole']);

/**
 * Words before a PLACE_OR_BODY_HEADS head (and its article) that make it the place: a preposition
 * of location (`sur la commune de…`, `dans la métropole de…`), a part of it or its surroundings
 * (`au cœur de la ville de…`, `aux abords de la commune de…`), its inhabitants or its centre
 * (`les habitants de la ville de…`, `centre-ville de…`), a city scheme (`le contrat de ville de…`),
 * a verb whose object is a place (`il habite la ville de…`, `nous avons visité la ville de…`).
 */
/**
 * What a place has or is, rather than what its council does (`le patrimoine architectural de la commune de…`, `la
 * consommation d'eau annuelle de la ville de…`): before a PLACE_OR_BODY_HEADS head, with up to two lower-case
 * adjectives and `de` + its article between, the head is the place (organisation/governed-place.ts `place-thing-before`).
 */
export const PLACE_THING_NOUNS: readonly string[] = [
  'patrimoine', 'consommation', 'population', 'superficie', 'histoire', 'paysage', 'paysages', 'géographie', 'climat',
  'sol', 'sols', 'rues', 'routes', 'bâtiments', 'monuments', 'églises', 'écoles', 'commerces', 'logements', 'entrée', 'sortie',
];

export const PLACE_READING_BEFORE: readonly string[] = [
  'sur', 'dans', 'en', 'à', 'vers', 'hors', 'près', 'habitants de', 'habitantes de', 'habitant de', 'centre', 'contrat de',
  'quartiers de', 'quartier de', 'territoire de', 'périmètre de', 'limites de',
  // a part or the surroundings of the place (`au cœur de la commune de…`, `aux portes de la ville de…`)
  'cœur de', 'coeur de', 'portes de', 'périphérie de', 'environs de', 'alentours de', 'abords de', 'confins de',
  'habite', 'habitent', 'habitait', 'habiter', 'visite', 'visitent', 'visité', 'visiter', 'traverse', 'traversé', 'traverser',
  'quitte', 'quitté', 'quitter', 'parcourt', 'parcouru', 'parcourir', 'découvrir', 'découvert', 'rejoint', 'rejoindre',
];

/**
 * Words right after a PLACE_OR_BODY_HEADS head and its place that make it the place, not its body: an
 * apposition naming what the town is (`la ville de Lunel, berceau des mutuelles, …`, `, capitale du…`,
 * `, chef-lieu du…`), lower case after a comma. A count of its inhabitants says so too (`PLACE_POPULATION_VERBS`).
 */
export const PLACE_APPOSITIONS_AFTER: readonly string[] = [
  'berceau', 'capitale', 'chef-lieu', 'sous-préfecture', 'préfecture', 'ville natale', 'cité', 'station balnéaire', 'commune rurale',
];

/** Verbs that give a town's population (`la ville de Lunel abrite 12 000 habitants`): the place, not its body. */
export const PLACE_POPULATION_VERBS: readonly string[] = ['abrite', 'compte', 'recense', 'totalise', 'dénombre', 'regroupe', 'rassemble'];

/**
 * Whom a cooperative's college of members gathers (`Collège Salariés`, `collège des usagers`), folded: a college named
 * so is a part of the body that holds its votes, no body (a school, `Collège Jean Moulin`, is named otherwise).
 */
export const MEMBER_COLLEGE_KINDS: readonly string[] = [
  'salaries', 'producteurs', 'usagers', 'beneficiaires', 'fondateurs', 'partenaires', 'benevoles', 'adherents', 'sympathisants',
  'soutiens', 'collectivites', 'consommateurs', 'habitants', 'financeurs', 'associes', 'cooperateurs', 'clients', 'fournisseurs',
];

/**
 * A meeting of a body or an event (`Assemblée générale ordinaire`, `Conseil d'administration du
 * 7 mai`, `Semaine européenne de…`, `États généraux de…`): no organisation, whatever words follow.
 * Folded (no accents, lower case), as the start of a proposal's value is compared.
 */
export const MEETING_OR_EVENT_OPENINGS: readonly string[] = [
  'assemblee generale', "conseil d'administration", 'comite de pilotage', 'reunion', 'semaine', 'etats generaux', 'journee',
  'journees', 'rencontre', 'rencontres', 'forum', 'salon', 'festival', 'colloque', 'seminaire', 'webinaire', 'conference',
  'assises', 'universite d\'ete', 'semaine europeenne',
  // prizes, contests and calls: a scheme or an event, not the body behind it (`Prix Fondation X`, `Trophées de…`)
  'prix', 'trophee', 'trophees', 'concours', 'quinzaine', "mois de l'ess", "appel a projets", "appel a projet",
  // a body's organs: a cooperative's board and a funder's committee (`Conseil coopératif`, `Comité d'engagement`), and
  // the colleges of members a cooperative counts votes by (`Collège Salariés`, `collège des usagers`)
  'conseil cooperatif', "comite d'engagement",
  // a body's decision as a document's heading (`DÉLIBÉRATION DU CONSEIL SYNDICAL`): the act, not the body that took it
  'deliberation', 'deliberations',
  ...MEMBER_COLLEGE_KINDS.flatMap((kind) => [`college ${kind}`, `college des ${kind}`]),
];

export const LEGAL_FORM_HEADS: ReadonlySet<string> = new Set(['association', 'société', 'entreprise', 'collectif', 'structure', "entreprise d'insertion", 'entreprise adaptée']);

/**
 * National and regional bodies named without a distinctive proper noun. A small gazetteer of
 * public institutions, not of any document's answers.
 */
export const PUBLIC_BODIES: readonly string[] = [
  'Union européenne', 'Commission européenne', 'Gouvernement', 'État', 'Etat', 'Région', 'Conseil régional',
  'Conseil Régional', 'Conseil départemental', 'Conseil Départemental', 'Département', 'Pôle emploi',
  'France Travail', 'France Active', 'Banque des Territoires', 'Caisse des Dépôts', 'Caisse des dépôts', 'Bpifrance',
  'Mission locale', 'Assemblée nationale', 'Sénat', 'Préfecture', 'Cour des comptes',
  // Public agencies often written in mixed case, which the acronym rule does not see.
  'Direccte', 'Dreets', 'Ddets', 'Urssaf', 'Insee', 'Ademe', 'Anct', 'Cerema', 'Bpifrance', 'Afpa',
];

/** French regions and their short forms, which may follow an organisation name or acronym. */
export const REGIONS: readonly string[] = [
  'Hauts-de-France', 'Hauts de France', 'HDF', 'Île-de-France', 'Ile-de-France', 'IDF', 'Grand Est',
  'Normandie', 'Bretagne', 'Pays de la Loire', 'Centre-Val de Loire', 'Bourgogne-Franche-Comté',
  'Nouvelle-Aquitaine', 'Occitanie', 'Auvergne-Rhône-Alpes', 'AURA', "Provence-Alpes-Côte d'Azur", 'PACA',
  'Corse', 'Nord', 'Pas-de-Calais', 'Somme', 'Oise', 'Aisne',
];

/**
 * Concepts of the field (the sector itself, not a kind of body): a list item opening on one (`ESS du Val`, `ESS Normand`:
 * the sector in a territory) names no body; bodies named so (`ESS France`) are known names, read by the gazetteer.
 * Not `IAE`: it is also an institute of business administration (`IAE Normandie`), a body.
 */
export const FIELD_CONCEPT_ACRONYMS: readonly string[] = ['ESS', 'ESUS', 'RSE', 'ODD'];

/**
 * Upper-case tokens that are never one organisation, whatever the document. Common words in
 * capitals (`PÔLE`, `BILAN`, `CLIMAT`), roman numerals and administrative identifiers are refused
 * by general tests in the acronym parser; this list keeps only what those tests cannot know:
 * - concepts of the field: `ESS`, `PTCE` alone (`PTCE Anima` is an organisation), `IAE`, `SIAE`, `ESUS`, `RSE`, `ODD`;
 * - kinds of calls, schemes, programmes and laws, not a body: `AMI`, `AAP`, `DLA`, `CRTE`, `GPEC`, `VAE`, `PACTE`, `PON`;
 * - categories of bodies or territories: `EPCI`, `QPV`, `ZRR`, `PME`, `TPE`, `ETI`; a region or the
 *   country alone is a place: `HDF`, `FRANCE`;
 * - legal forms, which name no one alone: `SCIC`, `SCOP`, `SAS`, `SARL`, `EURL`, `SA`;
 * - employment terms, contracts and units: `CDI`, `CDD`, `CDDI`, `CUI`, `RSA`, `SMIC`, `ETP`, `ETPT`, `RH`;
 * - document, meeting and office words that are no French words: `PDF`, `URL`, `FAQ`, `PIB`, `RGPD`,
 *   `TTC`, `COVID`, `TIC`, `NTIC`, `EDITO`, `FOCUS`, `INFO`, `COPIL`, `COTECH`, `AG`, `CA`; titles `CEO`, `PDG`.
 * - plans, contracts and programmes of public policy: `PCET`, `PCAET`, `CDDRA`, `NPNRU`, `PLU`, `PLUI`, `SCOT`, `CPER`,
 *   `GPECT`, `GEMAPI`, `SRADDET`, `TEPOS`, `PVD`…; zones of planning: `ZAC`, `ZAE`, `ZFU`, `ZUS`, `ZNIEFF`;
 * - a kind of cooperative (like `SCOP`): `CAE`; a company's staff committee, present in every firm: `CSE`;
 * - things, not bodies: `DVD`, `CD`, `ADN` (written for a group's identity: « l'ADN » du réseau).
 * - kinds and practices named by their initials: `ONG` (any NGO), `PAT` (a territorial food plan), `EIT` (industrial
 *   and territorial ecology), `GMS` (supermarkets as a kind), `PMR` (people with reduced mobility).
 * The two-letter entries matter only for `Name (CA)` in the named parser.
 */
export const NON_ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  'ESS', 'PTCE', 'PTCES', 'IAE', 'SIAE', 'ESUS', 'RSE', 'ODD',
  'AMI', 'AAP', 'DLA', 'CRTE', 'GPEC', 'VAE', 'PACTE', 'PON',
  'EPCI', 'QPV', 'ZRR', 'PME', 'TPE', 'ETI', 'HDF', 'FRANCE',
  'SCIC', 'SCOP', 'SAS', 'SARL', 'EURL', 'SA',
  'CDI', 'CDD', 'CDDI', 'CUI', 'RSA', 'SMIC', 'SMIG', 'ETP', 'ETPT', 'RH',
  'PDF', 'URL', 'FAQ', 'PIB', 'RGPD', 'TTC', 'COVID', 'TIC', 'NTIC', 'EDITO', 'ÉDITO', 'FOCUS', 'INFO', 'INFOS',
  'COPIL', 'COTECH', 'AG', 'CA', 'CEO', 'PDG',
  'PCET', 'PCAET', 'CDDRA', 'NPNRU', 'PLU', 'PLUI', 'SCOT', 'CPER', 'CAE', 'CSE', 'DVD', 'CD', 'ADN',
  'GPECT', 'GEMAPI', 'PNRU', 'PLH', 'PDU', 'SRADDET', 'SRDEII', 'SDAGE', 'TEPOS', 'TEPCV', 'PVD', 'ORT',
  'ZAC', 'ZAE', 'ZFU', 'ZUS', 'ZNIEFF',
  'ONG', 'PAT', 'EIT', 'GMS', 'PMR',
  // A status of workers (`les TNS`, self-employed people outside salaried work): people, no body.
  'TNS',
  // Train services and a web publishing tool: services and software, no body (`une gare TER`, `un site SPIP`).
  'TER', 'TGV', 'RER', 'SPIP',
  // A press note (`NDLR :`), a tax, a device: no body.
  'NDLR', 'TEOM', 'GPS',
  // Offices a person holds (`en qualité de DRH`), a kind of lease and a kind of housing (`le BRS`, `un office HLM`): no body.
  'DRH', 'DGS', 'BRS', 'HLM',
  // European and national programmes, policies, laws and codes (`le programme LEADER`, `les aides de la PAC`,
  // `une loi SRU révisée`, `les articles du CCH`, `l'ERBM`, the mining basin's renewal plan): schemes and texts, no body.
  'LEADER', 'PAC', 'ERBM', 'SRU', 'CCH', 'ALUR',
  // A European fund: the programme that pays, no body (`financé par le FEADER`).
  'FEADER',
  // The minimum income that the RSA replaced, a benefit (`les bénéficiaires du RMI`); a building material (`des murs en BTC`,
  // compressed earth bricks): no body.
  'RMI', 'BTC',
  // Session 38, general knowledge: schemes, accounts and benefits (`le SNU`, `son CPF`, `un CEJ`, `l'APL`, `la PCH`, `la CMU`, `le
  // CESU`), planning zones and targets (`une ZFE`, `le ZAN`, `la TVB`) and local plans (`le CLS`, `le PEDT`): no body.
  'SNU', 'CPF', 'CEJ', 'APL', 'PCH', 'CMU', 'CESU', 'ZFE', 'ZAN', 'TVB', 'CLS', 'PEDT',
  // Session 39, general knowledge: a body's meetings and boards (`son AGO`, `une AGE`, `le CODIR`); ways a public service is
  // run and contracted (`par DSP`, `un PPP`, `un SIEG`); labels of origin and quality (`certifié HVE`, `une AOP`, `l'IGP`,
  // `artisan RGE`); insertion and employment schemes, statuses and benefits (`le PDI`, `le PTI`, `le PACEA`, `le PIC`, `une
  // PMSMP`, `la RQTH`, `l'ARE`); urban plans and operations (`une OPAH`, `le PADD`, `le PPRI`, `un CTE`); local
  // taxes, grants and tax credits (`la CFE`, `la CVAE`, `la DETR`, `la DSIL`, `le FCTVA`, `le CICE`, `un PGE`); working
  // conditions (`la QVT`, `la QVCT`): no body.
  'AGO', 'AGE', 'CODIR', 'COMEX', 'DSP', 'PPP', 'SIEG', 'HVE', 'AOP', 'AOC', 'IGP', 'RGE',
  'PDI', 'PTI', 'PACEA', 'PIC', 'PMSMP', 'RQTH', 'ARE', 'OPAH', 'PADD', 'PPRI', 'CTE',
  'CFE', 'CVAE', 'DETR', 'DSIL', 'FCTVA', 'CICE', 'PGE', 'QVT', 'QVCT',
  // Session 44, general knowledge: technologies, devices and vehicles (`l'offre ADSL`, `le WIFI`, `une borne IRVE`, `un vol
  // en ULM`, `à VTT`), a camera's default caption under a photo (`DSC`, as in a maker's name + `DSC`), bird and nature
  // zones (`les ZICO`, `IBA`), and measures and building labels (`les GES`, `la démarche HQE`, `les EnR` as `ENR`, `les
  // OGM`): things, no body.
  'ADSL', 'WIFI', 'USB', 'LED', 'SMS', 'TNT', 'IRVE', 'BIM', 'NFC', 'ULM', 'VTT', 'VTC', 'DSC',
  'ZICO', 'IBA', 'GES', 'HQE', 'ENR', 'OGM',
]);

/**
 * Nouns that lead a body's name spelled out in sentence case though they are no type word of the name parser
 * (`Service d'accompagnement des familles (SAF)`, `commission départementale de l'emploi (CDE)`): an administration's
 * service, commission, directorate, mission or delegation (organisation/thing-expansion.ts keeps them bodies).
 */
export const SPELLED_OUT_BODY_NOUNS: readonly string[] = [
  'service', 'services', 'commission', 'commissions', 'direction', 'directions', 'mission', 'missions', 'délégation',
  'délégations', 'bureau', 'bureaux', 'secrétariat', 'inspection', 'conférence', 'assemblée', 'haut-commissariat',
  'commissariat', 'autorité', 'tribunal', 'cour', 'parquet', 'préfecture', 'rectorat', 'unité',
  // Local public services spelled out in lower case (`point information jeunesse`, `relais petite enfance`, `équipe
  // mobile`): bodies, not things.
  'point', 'points', 'relais', 'équipe', 'équipes', 'antenne', 'antennes', 'cellule', 'cellules', 'observatoire', 'guichet',
  'plateforme', 'plate-forme', 'centre', 'centres', 'maison', 'maisons',
];
