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
  // Labels, certifications and quality marks (session 37; a label's name that is also its body's, `Nature & Progrès`,
  // `Demeter`, `Max Havelaar`, `Gîtes de France`, `Bienvenue à la ferme`, `Les Plus Beaux Villages de France`, is left out).
  'agriculture biologique', 'label agriculture biologique', 'label ab', 'label bio', 'label bio europeen', 'eurofeuille',
  'label rouge', 'appellation d\'origine controlee', 'appellation d\'origine protegee', 'indication geographique protegee',
  'specialite traditionnelle garantie', 'haute valeur environnementale', 'label hve', 'certification hve',
  'commerce equitable', 'label commerce equitable', 'qualiopi', 'label qualiopi', 'certification qualiopi',
  'reconnu garant de l\'environnement', 'label rge', 'batiment basse consommation', 'label bbc', 'haute qualite environnementale',
  'label hqe', 'passivhaus', 'label passivhaus', 'label e+c-', 'label bbca', 'iso 9001', 'iso 14001', 'iso 26000', 'iso 45001',
  'tourisme et handicap', 'tourisme & handicap', 'label tourisme et handicap', 'qualite tourisme', 'clef verte', 'label clef verte',
  'pavillon bleu', 'label pavillon bleu', 'famille plus', 'label famille plus', 'villes et villages fleuris', 'ville amie des enfants',
  'territoire engage pour la nature', 'territoires engages pour la nature', 'cit\'ergie', 'label cit\'ergie',
  'territoire engage transition ecologique', 'ecoquartier', 'label ecoquartier', 'territoire bio engage', 'label territoire bio engage',
  'label diversite', 'label egalite professionnelle', 'label marianne', 'label numerique inclusif', 'label engage rse',
  // The cinema classification a film or a theatre holds (`des films classés Art et Essai`); its association is longer.
  'art et essai', 'art & essai', 'label art et essai', 'classement art et essai',
  'label lucie', 'label ess', 'label ecocert', 'label fsc', 'label pefc', 'label msc', 'label nf environnement', 'nf environnement',
  // Recurring national and international days, weeks and months, events and no bodies (session 37).
  'fete de la nature', 'fete de la science', 'fete de la musique', 'fete des voisins', 'fete du velo', 'mai a velo',
  'journees europeennes du patrimoine', 'journees du patrimoine', 'journees europeennes des metiers d\'art', 'nuit des musees',
  'rendez-vous aux jardins', 'printemps des poetes', 'semaine europeenne de la reduction des dechets',
  'semaine europeenne du developpement durable', 'semaine du developpement durable', 'semaine europeenne de la mobilite',
  'semaine de l\'industrie', 'semaine de l\'ess a l\'ecole', 'semaine bleue', 'semaine nationale des personnes handicapees physiques',
  'semaine europeenne pour l\'emploi des personnes handicapees', 'duoday', 'festival des solidarites', 'festisol',
  'quinzaine du commerce equitable', 'journee mondiale de l\'environnement', 'journee internationale des droits des femmes',
  'journee internationale des femmes', 'journee mondiale de l\'alimentation', 'journee mondiale du benevolat',
  'journee internationale des benevoles', 'world cleanup day', 'cleanup day', 'octobre rose', 'movember', 'mois sans tabac',
  'salon de l\'agriculture', 'salon international de l\'agriculture', 'forum des associations', 'journees nationales de l\'architecture',
  // Session 38, general knowledge: schemes, benefits, contracts and programmes that public operators (France Travail, the
  // family and health funds, the State's and the Union's agencies) run or pay, named as the thing a person or a project
  // gets, no body; and planning zones and heritage labels.
  'maprimerenov', 'maprimerenov\'', 'ma prime renov', 'ma prime renov\'', 'cheque energie', 'pass\'sport', 'pass sport',
  'service national universel', 'plan d\'investissement dans les competences', 'pacte regional d\'investissement dans les competences',
  'pactes regionaux d\'investissement dans les competences', '1 jeune 1 solution', '1 jeune, 1 solution', 'un jeune une solution',
  'contrat de plan etat-region', 'contrat de plan etat region', 'contrats de plan etat-region', 'plan climat-air-energie territorial',
  'plan climat air energie territorial', 'agenda 2030', 'objectifs de developpement durable', 'pacte vert pour l\'europe', 'pacte vert europeen',
  'green deal', 'fonds pour une transition juste', 'react-eu', 'europe creative', 'corps europeen de solidarite', 'service volontaire europeen',
  'pacte d\'ambition pour l\'iae', 'pacte d\'ambition pour l\'insertion par l\'activite economique', 'emploi accompagne', 'dispositif emploi accompagne',
  'pret d\'honneur', 'prets d\'honneur', 'cheque emploi service universel', 'contrat unique d\'insertion', 'contrat d\'accompagnement dans l\'emploi',
  'contrat initiative emploi', 'emplois d\'avenir', 'emploi d\'avenir', 'contrat de professionnalisation', 'contrat d\'apprentissage',
  'compte personnel de formation', 'mon compte formation', 'validation des acquis de l\'experience', 'revenu minimum d\'insertion',
  'allocation aux adultes handicapes', 'allocation adulte handicape', 'prime d\'activite', 'complementaire sante solidaire', 'couverture maladie universelle',
  'aide personnalisee au logement', 'allocation personnalisee d\'autonomie', 'prestation de compensation du handicap', 'natura 2000',
  'trame verte et bleue', 'zero artificialisation nette', 'zone a faibles emissions', 'zones a faibles emissions', 'france num', 'quartiers fertiles',
  'cites de l\'emploi', 'plan velo', 'plan pauvrete', 'strategie nationale de prevention et de lutte contre la pauvrete', 'grand site de france',
  'ville d\'art et d\'histoire', 'villes et pays d\'art et d\'histoire', 'pays d\'art et d\'histoire', 'programme national pour l\'alimentation',
  'plan national nutrition sante', 'contrat local de sante', 'contrats locaux de sante', 'atlas de la biodiversite communale', 'projet educatif territorial',
  'plan mercredi', 'vacances apprenantes', 'colos apprenantes', 'quartiers d\'ete',
  // Laws.
  'loi hamon', 'loi ess', 'loi climat et resilience', 'loi agec', 'agec', 'loi egalim', 'egalim', 'loi notre', 'loi pacte',
  'loi alur', 'loi sru', 'loi 1901', 'loi du 31 juillet 2014',
]);
