/**
 * Names of national and European programmes, schemes, laws, funds, labels and calls of the French
 * ESS world, written from general knowledge (not read off any page): a candidate that is exactly one
 * of them names the scheme, not a body (`scheme-name`, organisation/decision-guards.ts). Folded
 * (lower case, no accents), without a leading article. The acronyms of such schemes are in
 * `NON_ORGANISATION_ACRONYMS` (organisation-types.ts). A name that also names a body the reader
 * counts (a national association carrying the programme's name, a local body named after the programme it runs:
 * the zero long-term jobless territories' association, a local `Fabrique à initiatives`) is left out.
 */
export const SCHEME_NAMES: ReadonlySet<string> = new Set([
  // Territorial programmes of the State.
  'action coeur de ville', 'petites villes de demain', 'territoires d\'industrie', 'villages d\'avenir',
  'avenir montagnes', 'cites educatives', 'cite educative', 'quartiers prioritaires', 'quartier prioritaire',
  'politique de la ville', 'contrat de ville', 'contrats de ville', 'territoires d\'innovation',
  'contrat de relance et de transition ecologique', 'zone de revitalisation rurale', 'zones de revitalisation rurale',
  'france ruralites', 'agenda rural', 'projet alimentaire territorial', 'projets alimentaires territoriaux',
  // Recovery and investment plans.
  'plan de relance', 'france relance', 'france 2030', 'investissements d\'avenir', 'programme d\'investissements d\'avenir',
  'next generation eu', 'nextgenerationeu',
  // Labels and calls.
  'french tech', 'french tech tremplin', 'fabriques de territoire',
  'fabrique de territoire', 'manufactures de proximite', 'manufacture de proximite', 'nouveaux lieux, nouveaux liens',
  'entreprise inclusive', 'entreprise solidaire d\'utilite sociale', 'agrement esus', 'label esus',
  'appel a projets', 'appel a manifestation d\'interet', 'mois de l\'ess', 'mois de l\'economie sociale et solidaire',
  'b corp', 'label relance', 'label bas carbone', 'ecolabel', 'ecolabel europeen',
  // Employment and inclusion schemes.
  'service civique', 'garantie jeunes', 'contrat d\'engagement jeune', 'parcours emploi competences', 'parcours emplois competences', 'emplois francs',
  'emploi franc', 'dispositif local d\'accompagnement', 'insertion par l\'activite economique', 'revenu de solidarite active',
  'contrat a impact social', 'contrats a impact social', 'pacte des solidarites', 'fonds de developpement de l\'inclusion',
  'fonds d\'innovation sociale', 'fonds de confiance', 'fonds vert', 'fonds chaleur', 'fonds economie circulaire',
  'pacte de croissance de l\'ess',
  // European programmes and funds.
  'fonds social europeen', 'fonds social europeen plus', 'fonds europeen de developpement regional',
  'fonds europeen agricole pour le developpement rural', 'erasmus+', 'erasmus', 'interreg', 'horizon europe', 'horizon 2020',
  'life', 'programme leader', 'politique agricole commune', 'invest eu', 'investeu',
  // Laws.
  'loi hamon', 'loi ess', 'loi climat et resilience', 'loi agec', 'agec', 'loi egalim', 'egalim', 'loi notre', 'loi pacte',
  'loi alur', 'loi sru', 'loi 1901', 'loi du 31 juillet 2014',
]);
