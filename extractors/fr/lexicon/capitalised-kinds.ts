/**
 * Words for the proposer family "a type word written with a capital in running text, then a
 * lower-case description" (organisation/capitalised-kind.ts): `l'Union départementale des jardins partagés`,
 * `le Campus des arts appliqués`, `l'Institut d'études rurales`. French writes an official
 * name with its first word only capitalised; a kind named in passing stays in lower case
 * (`une union d'associations`), so the capital mid-sentence is what makes it a name.
 */

/** Type words that open such names (capitalised in the text; matched with their capital). */
export const CAPITALISED_KIND_HEADS: readonly string[] = [
  'Union', 'Fédération', 'Confédération', 'Institut', 'Université', 'Campus', 'Maison', 'Chambre', 'Éditions',
  'Plateforme', 'Service', 'Établissement', 'Etablissement', 'Agence', 'Office', 'Observatoire', 'Conservatoire',
  'Mouvement', 'Réseau', 'Caisse', 'Banque', 'Fondation', 'Collectif', 'Centre', 'Groupement', 'Syndicat',
  'Mutuelle', 'Cluster', 'Coopérative', 'Régie', 'Délégation', 'École', 'Ecole', 'Laboratoire', 'Comptoir',
  'Atelier', 'Ateliers', 'Compagnie', 'Société', 'Entreprise', 'Association', 'Pôle', 'Plate-forme',
  'Collège', 'Secrétariat', 'Ministère', 'Foyer', 'Cité', 'Musée', 'Cinéma', 'Fruitière', 'Cave', 'Amicale', 'Section',
  'Aéroport', 'Chaire', 'Coopération', 'Mission', 'Ambassade', 'Consulat', 'Écomusée', 'Ecomusée', 'Museum', 'Muséum',
];

/**
 * Type words that also name a body's own organs (`le Conseil de développement`, `la Commission des finances`, `le
 * Comité d'entreprise`): they open an official name only with an adjective of rank or reach right after them
 * (`le Conseil supérieur de …`, `la Commission nationale de …`, `la Direction régionale de …`).
 */
export const CAPITALISED_ORGAN_HEADS: readonly string[] = ['Conseil', 'Commission', 'Comité', 'Direction'];

/**
 * Words that, right after the type word, make it one of a body's own organs or an event, not a
 * body (`le Conseil d'administration`, `le Comité de pilotage`, `la Maison ouverte`).
 */
export const CAPITALISED_KIND_NOT_BODIES: readonly string[] = [
  'administration', 'pilotage', 'direction', 'surveillance', 'suivi', 'orientation', 'gouvernance', 'rédaction',
  'ouverte', 'ouvertes', 'ouvert', 'ouverts', 'presse', 'communication', 'accueil',
];

/**
 * Past participles not ending in `-é` after `a`/`ont` (`l'Atelier des vergers a ouvert`, `… ont repris`): with the
 * auxiliary, the verb of a clause whose subject is the name, which closes the name as punctuation does
 * (organisation/capitalised-kind.ts, `PAST_VERB_AFTER`). Masculine singular, as the compound past writes them.
 */
export const IRREGULAR_PAST_PARTICIPLES: readonly string[] = [
  'ouvert', 'offert', 'fait', 'pris', 'repris', 'mis', 'permis', 'acquis', 'conduit', 'construit', 'produit', 'choisi', 'réuni',
  'accueilli', 'rejoint', 'soutenu', 'obtenu', 'reçu', 'vendu', 'élu',
];

/** Adverbs that may stand between the auxiliary and the participle (`a déjà ouvert`, `ont récemment repris`). */
export const AUXILIARY_ADVERBS: readonly string[] = ['déjà', 'aussi', 'également', 'ainsi', 'notamment', 'récemment'];

/**
 * Concepts written like an official name (`le Pôle territorial de coopération économique` as a
 * kind of structure, a label): not a body unless a capitalised name follows (`… du Val`).
 * Folded (no accents, lower case), matched at the name's start.
 */
export const CAPITALISED_KIND_CONCEPTS: readonly string[] = [
  'pole territorial de cooperation', 'poles territoriaux de cooperation', 'pole de cooperation', 'poles de cooperation',
];

/**
 * Lower-case endings of the adjectives such names hold (`régionale`, `départementale`,
 * `coopératives`, `universitaire`, `territorial`, `adaptée`): a word after a noun of the name is
 * read as part of it only when it ends so; a verb (`accueille`, `organise`, `tiennent`) ends the
 * run, and the name is then not proposed (it must close on punctuation).
 */
export const ADJECTIVE_ENDINGS: readonly string[] = [
  'al', 'ale', 'ales', 'aux', 'ique', 'iques', 'aire', 'aires', 'el', 'elle', 'elles', 'els', 'if', 'ive', 'ifs', 'ives',
  'é', 'ée', 'és', 'ées', 'ien', 'ienne', 'iens', 'iennes', 'ois', 'oise', 'oises', 'ain', 'aine', 'ains', 'aines',
  'eur', 'eure', 'eurs', 'eux', 'euse', 'euses', 'ant', 'ante', 'ants', 'antes', 'in', 'ine', 'ins', 'ines',
  'ier', 'ière', 'iers', 'ières', 'ile', 'iles', 'ble', 'bles', 'ste', 'stes',
  // Adjectives of a town or a people (`mâconnaise`, `lyonnais`, `bordelaises`), beside `-ois`, `-ain`, `-ien`.
  'ais', 'aise', 'aises',
];

/**
 * Endings of the lower-case adjectives that qualify a noun (`social`, `solidaire`, `culturelle`,
 * `numérique`, `associatif`, `citoyen`): after a capitalised word they make it a common noun
 * with its adjective (`géré par Habitat social`), not a name (organisation/bare-capital.ts).
 * Narrower than ADJECTIVE_ENDINGS: no participle (`créé`) nor `-ant` (`pendant`), `-in` (`afin`).
 */
export const QUALIFYING_ADJECTIVE_ENDINGS: readonly string[] = [
  'al', 'ale', 'ales', 'aux', 'el', 'elle', 'els', 'elles', 'aire', 'aires', 'ique', 'iques', 'if', 'ive', 'ifs', 'ives',
  'ien', 'ienne', 'iens', 'iennes', 'able', 'ables', 'ible', 'ibles',
];
