/**
 * How a type word relates to the name after it (see `parsers/organisation-named.ts`).
 */

/**
 * Kinds of business or association whose name may open with a first name (`SCOP Bao Solidaire`,
 * `épicerie solidaire Rosa Lumière`).
 */
export const KIND_HEADS: ReadonlySet<string> = new Set([
  'scop', 'scic', 'sarl', 'sas', 'coopérative', 'association', 'entreprise', "entreprise d'insertion", 'entreprise adaptée',
  'épicerie', 'épicerie solidaire', 'épicerie sociale', 'tiers-lieu', 'tiers lieu', 'ressourcerie', 'recyclerie', 'café', 'cabinet',
]);

/**
 * Lower-case words that describe what a body is (`la recyclerie Re-Sources`, `le chantier
 * d'insertion Les Potagers`, `l'espace Kalimbo`): written right before a capitalised name they are a
 * cue, not part of the name, which starts at the capital. Bodies whose name holds the type word (`réseau
 * Cocagne`, `université de Lille`, `pôle Innovation…`) are not listed.
 */
export const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set([
  'coopérative', 'cabinet', 'ressourcerie', 'recyclerie', "chantier d'insertion", 'chantier', 'épicerie', 'épicerie solidaire',
  'épicerie sociale', 'tiers-lieu', 'tiers lieu', 'café', 'garage', 'ferme', 'plateforme', 'incubateur', 'scop', 'scic',
  'groupement', 'pépinière', 'fabrique', "bureau d'études", "bureau d'étude", 'cave coopérative', 'espace',
]);

/**
 * Kinds after which a lower-case description may stand before the name (`l'atelier de réparation
 * de vélos X`, `l'épicerie ambulante X`): the description is a cue, the name starts at the capital
 * (organisation/described-name.ts). Bodies whose name holds the type word and its qualifier
 * (`pôle régional X`, `réseau national X`, `union régionale des X`) are not listed.
 */
export const DESCRIBED_HEADS: ReadonlySet<string> = new Set([
  ...DESCRIPTOR_HEADS, ...KIND_HEADS, 'atelier', 'ateliers', 'banque', 'compagnie', 'garage', 'ferme', 'fabrique', 'incubateur',
  'pépinière', 'groupement', 'jardin', 'jardins', 'écopôle', 'ecopôle', 'restaurant', 'régie', 'mutuelle', 'syndicat',
]);

/**
 * Type words of networks and public bodies that a scope adjective (`SCOPE_ADJECTIVES`) turns into
 * one body's name even in lower case (`la fédération départementale des foyers ruraux de l'Yonne`,
 * `la fondation territoriale de la Sarthe`): see organisation/scoped-body.ts.
 */
export const SCOPED_BODY_HEADS: ReadonlySet<string> = new Set([
  'fédération', 'union', 'fondation', 'comité', 'chambre', 'réseau', 'institut',
  // National bodies are named this way as often (`l'association nationale des élus de la montagne`, `l'agence
  // française de développement`, `l'office national des forêts`, `la caisse nationale d'assurance vieillesse`).
  'association', 'agence', 'office', 'observatoire', 'caisse',
]);

/**
 * Heads of bodies named by whom they gather and where (`l'association des boulangères de Martinique`, `l'amicale du
 * moulin de Vernet`, `le comité des fêtes de Lussac`): written in lower case, the members' phrase closed by a
 * capitalised territory makes the whole phrase one body's name (organisation/scoped-body.ts).
 */
export const MEMBERS_OF_PLACE_HEADS: ReadonlySet<string> = new Set([
  'association', 'amicale', 'union', 'fédération', 'comité', 'club', 'cercle', 'ligue', 'syndicat', 'collectif', 'cuma', 'mutuelle',
  'groupement',
]);

/**
 * Lower-case words for a site, a service or a project a body runs, never a body's own type word (`le chantier de
 * rénovation du X`, `l'atelier de cuisine pour X`, `le réseau de fibre optique de X`, `le foyer de vie des X`): with a
 * description and `de`/`pour` before a capitalised name, the body is that name (refiners/organisation-facility-of.ts).
 */
export const FACILITY_HEADS: readonly string[] = [
  'chantier', 'atelier', 'réseau', 'foyer', 'résidence', 'restaurant', 'boutique', 'antenne', 'site', 'local', 'magasin', 'jardin',
  'service', 'programme', 'projet', 'dispositif',
];

/**
 * The scope a network or a public body covers, written right after its type word (folded): its territory, or the
 * country or wider area it stands for (`la fédération française du bâtiment`, `l'office européen des brevets`).
 */
export const SCOPE_ADJECTIVES: ReadonlySet<string> = new Set([
  'departemental', 'departementale', 'regional', 'regionale', 'national', 'nationale', 'territorial', 'territoriale',
  'interregional', 'interregionale', 'interdepartemental', 'interdepartementale',
  'francais', 'francaise', 'europeen', 'europeenne', 'international', 'internationale', 'interministeriel', 'interministerielle',
]);

/**
 * Adjectives of nationality that a body's organ or a name cut short carries right after its type word,
 * besides its scope (`Association Française`, `Conseil Européen`: organisation/bare-kind-guards.ts). Folded.
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set(['francais', 'francaise', 'europeen', 'europeenne', 'international', 'internationale']);

/**
 * Lower-case words for what a body runs or where it works, written before the body (`le réseau de l'ARKOS`, `un
 * club TERRIAL`, `le fonds de dotation de X`, `le syndicat Sud Vilaret`, `l'espace Kerlys`, `l'amicale ADSB de Lunel`:
 * a friendly society of a body's members): the organisation is the body after them (refiners/organisation-network-of.ts).
 */
export const NETWORK_OF_HEADS: readonly string[] = ['réseau', 'club', 'fonds de dotation', 'syndicat', 'espace', 'amicale'];

/**
 * Intercommunal bodies: a merged one is often named by the territories it joins, listed between
 * slashes or commas (`communauté de communes Val Vert/ Côte Rouge/ Illiers`), see `name-extent.ts`.
 */
export const TERRITORY_LIST_HEADS: ReadonlySet<string> = new Set(["communauté d'agglomération", 'communauté de communes', 'communauté de commune', 'communauté urbaine']);

/**
 * Kinds of structure in the plural, before the names of several bodies of that kind joined by `et`
 * (`des associations Kalimba Services et Trokal`, `les structures Nova et Maison Verte`): see
 * parsers/organisation-plural-kind.ts.
 */
export const PLURAL_KIND_HEADS: readonly string[] = [
  'associations', 'structures', 'entreprises', 'coopératives', 'SCOP', 'SCIC', 'Scop', 'Scic', 'ressourceries', 'recycleries',
  'épiceries solidaires', 'entreprises d\'insertion', 'chantiers d\'insertion', 'fondations', 'fédérations', 'mutuelles',
];

/**
 * Heads of bodies named by whom they gather (`une association des Amis du Lac`, `une fédération des Foyers ruraux`,
 * `une maison des Jeunes…`): after `un`/`une` their `des` + capitals is the new body's name, not its object
 * (organisation/indefinite-kind.ts).
 */
export const HEADS_NAMED_BY_MEMBERS: readonly string[] = [
  'association', 'amicale', 'fédération', 'confédération', 'union', 'collectif', 'comité', 'club', 'coopérative', 'fondation',
  'société', 'ligue', 'mutuelle', 'syndicat', 'groupement', 'entreprise', 'compagnie', 'maison', 'centre', 'cercle', 'conseil',
];
