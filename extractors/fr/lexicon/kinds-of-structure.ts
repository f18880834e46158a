/**
 * Kinds of structure written out in full: legal forms (`Société coopérative d'intérêt collectif`)
 * and kinds of place or facility (`maison relais`, `tiers-lieu`, `FabLab`). Written in title case
 * they still name a kind, not a body (organisation/kind-only.ts). Lower case, accents as written;
 * the rule folds them and reads a plural as its singular. A legal form may also be cut (`Coopérative
 * d'Intérêt Collectif`); a kind whose words are bodies' names when cut (`Le Repair`, `L'Atelier`,
 * `Espaces`) is left out or matched only whole.
 */
export const LEGAL_FORMS: readonly string[] = [
  "société coopérative d'intérêt collectif", 'société coopérative et participative', 'société coopérative ouvrière de production',
  'société coopérative de production', "coopérative d'activités et d'emploi", "coopérative d'activité et d'emploi",
  'société par actions simplifiée', 'société à responsabilité limitée', "groupement d'intérêt économique",
  "groupement d'intérêt public", "groupement d'employeurs", "entreprise solidaire d'utilité sociale",
  "établissement et service d'aide par le travail", "entreprise de travail temporaire d'insertion",
  // a company whose capital public bodies hold with private ones: `une SEM`, `la SEM Kalvoterre`
  "société d'économie mixte", "société d'économie mixte locale",
];

/** Kinds of place or facility, matched only whole (`Espaces`, a body's name, is a word of `espace de coworking`). */
export const KINDS_OF_PLACE: readonly string[] = [
  'maison relais', 'pension de famille', 'lits halte soins santé', 'tiers-lieu', 'fablab', 'hackerspace', 'repair café', "repair'café",
  'espace de coworking',
  // social and health facilities every town may have: `le Centre de santé`, `CENTRE SOCIAL` before its name in quotes
  'centre social', 'centre socioculturel', 'centre de santé', 'maison de santé', 'épicerie sociale', 'épicerie solidaire',
];

/**
 * Kinds of body, statuses and labels a body holds (`Espace de Vie Sociale`, the label of a social centre;
 * `Union d'Économie Sociale`, a status; `coopérative HLM`), matched only whole: in title case after
 * `en`, `une` or in brackets they say what a body is, not which (`agréée Espace de Vie Sociale`).
 */
export const KINDS_OF_BODY: readonly string[] = [
  'espace de vie sociale', "union d'économie sociale", 'coopérative hlm', "club d'investisseurs",
  // the agreement of integration through work spelled out (`un Atelier chantier d'insertion`, `ACI` for short), `ACI` below
  "atelier chantier d'insertion", "atelier et chantier d'insertion", "ateliers et chantiers d'insertion",
  // a kind of local currency and of its association, each bearing a name of its own (`la Pêche`, `l'Eusko`)
  'monnaie locale complémentaire', 'monnaie locale complémentaire et citoyenne',
  // a summer cooperative of teenagers, a company of the zero long-term unemployment scheme, a young firm's tax status
  'coopérative jeunesse de services', "entreprise à but d'emploi", 'jeune entreprise universitaire', 'jeune entreprise innovante',
];

/**
 * Acronyms of kinds of structure, of legal forms and of public schemes or benefits, general
 * vocabulary of the social and solidarity economy and of integration through work: written alone
 * (`des ACI`, `l'ETTI`, `le RSA`) they name a kind or a scheme, not a body (organisation/kind-only.ts);
 * a name holding one with words of its own (`SCOP Les Ateliers…`, `GEIQ BTP…`) is a body's and stays.
 * Left out: acronyms that also name one body (`IAE`, an institute of a university; `CCAS`, a town's
 * social centre; `PLIE`, a local plan's own structure) and `PTCE`, the corpus's subject.
 */
export const KIND_ACRONYMS: readonly string[] = [
  // structures of integration through work and of sheltered work
  'ACI', 'AI', 'EI', 'ETTI', 'SIAE', 'GEIQ', 'EA', 'ESAT', 'EATT',
  // social and medico-social services and establishments, kinds a care sector's texts count and compare
  // (`le premier SAAD du département`, `deux Ssiad`, `un ESMS`); their bodies bear names of their own
  'SAAD', 'SSIAD', 'SPASAD', 'ESMS', 'EHPAD',
  // legal forms and statuses
  'SCOP', 'SCIC', 'CAE', 'SAS', 'SASU', 'SARL', 'EURL', 'SA', 'GIE', 'GIP', 'ESUS', 'EPCI', 'AMAP',
  // and the kinds and statuses spelled out in the lists above (`la SEM Kalvoterre`, `une CJS`, `l'EBE du canton`, `le statut JEI`)
  'SEM', 'SEML', 'CJS', 'EBE', 'JEU', 'JEI',
  // labels and kinds of local body spelled out above: `labellisé EVS`, `les MLCC` (each currency bears its own name)
  'EVS', 'MLC', 'MLCC',
  // a microfinance institution and a local action group of the European rural programme: kinds, each body bearing a name
  // of its own (`l'IMF Kalimbo`, `le GAL Pays Vert`)
  'IMF', 'GAL',
  // session 37, general knowledge: establishments of social housing and care, of disability and child protection, of
  // early childhood (`deux CHRS`, `un IME`, `les MAM du canton`); farms' and firms' legal forms (`un GAEC`, `une SCI`, `la
  // SPL`); local public bodies' kinds (`un SIVOM`, `les SICTOM`); each body bears a name of its own (`IME Les Kalvos`)
  'CHRS', 'CADA', 'HUDA', 'FJT', 'MECS', 'IME', 'ITEP', 'SESSAD', 'SAMSAH', 'MAS', 'FAM', 'EAJE', 'MAM', 'SMAC',
  'CUMA', 'GAEC', 'EARL', 'SCEA', 'SCI', 'SPL', 'EPCC', 'EPIC', 'SIVU', 'SIVOM', 'SICTOM', 'SMICTOM',
  // schemes, contracts and benefits
  'QPV', 'RSA', 'ASS', 'AAH', 'CDDI', 'CUI', 'PEC', 'CPOM',
];
