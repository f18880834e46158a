/**
 * Words right before a bare year that say how the year stands to the document's own time
 * (document-date-evidence.ts).
 */

/**
 * A budget or a finance law is voted for a year it has not reached yet, or spent in it, or
 * accounted for after it (`le budget 2026`, `les orientations budgétaires 2026`): its year says
 * nothing of when the document was written.
 */
export const PLAN_YEAR_CUES = [
  'budget', 'budgets', 'budget primitif', 'budget prévisionnel', 'budget previsionnel', 'budgétaire', 'budgétaires',
  'loi de finances', 'projet de loi de finances',
] as const;

/**
 * A review names the year it closes (`bilan 2023`, `rapport d'activité 2023`, `compte
 * administratif 2023`, `comptes de l'exercice 2023`): it is written once that year is over,
 * the year after.
 */
export const CLOSED_YEAR_CUES = [
  // A year the text says was finished (`la coopérative a terminé l'année 2021 en excédent`) is reviewed as a bilan is.
  'bilan', 'bilans', "rapport d'activité", "rapport d'activités", 'rapport annuel', 'rapport moral',
  'rapport financier', 'compte administratif', 'comptes administratifs', 'compte de résultat',
  'comptes annuels', 'exercice', "fini l'année", "terminé l'année", "clôturé l'année", "achevé l'année",
] as const;

/**
 * Words that take a whole year as the time a past ran through (`au cours de l'année 2016, les ventes ont augmenté`,
 * `durant l'année 2011`): told in the past, the year is over, and the text reviews it as a bilan does.
 */
export const WHOLE_YEAR_CUES = ["au cours de l'année", "tout au long de l'année", "durant l'année", "pendant l'année", "courant de l'année"] as const;

/**
 * A review of a year named as such (`retour sur l'année 2015`), or a year or a yearly event the text has left behind
 * (`après une année 2023 difficile`, `après une édition 2021 en ligne`), whatever the tense around it.
 */
export const YEAR_REVIEW_CUES = [
  "retour sur l'année", "retour sur l'an", 'après une année', "après l'année", 'après une édition', "après l'édition",
  'après une saison', 'après la saison',
] as const;

/** Verbs right after `l'année 2014` that tell it over (`l'année 2014 a été difficile`, `l'année 2022 s'est clôturée`). */
export const YEAR_OVER_VERBS = ['a été', 'aura été', 'fut', "s'est", 'restera'] as const;

/**
 * A founding (`créée en 2019`, `fondé en 2019`, `implantée en 2019`, `depuis sa création en 2019`): a
 * starting point, and the year an anniversary counts from (`fête ses 30 ans`).
 */
export const FOUNDING_YEAR_CUES = [
  'créé en', 'créée en', 'créés en', 'créées en', 'crée en', 'fondé en', 'fondée en', 'né en', 'née en',
  'implanté en', 'implantée en', 'implantés en', 'implantées en', 'création en',
] as const;

/**
 * Words before a year of the nineteenth century that make it a date of history (`fondée en 1871`, `depuis
 * 1897`, `dont l'origine remonte à 1886`): such a year is read only after one of them, as a bare
 * `1850` is more often a count (`1850 repas`, `soit 1800`) than a year.
 */
export const HISTORY_YEAR_CUES = [
  'en', 'depuis', 'dès', "jusqu'en", 'remonte à', 'remontent à', 'remontait à', 'remontant à', 'date de', 'datent de', 'datant de',
] as const;

/**
 * A starting point (`depuis 2019`, `créée en 2019`, `fondé en 2019`): the document is written some
 * time after it, how long is not said.
 */
export const ORIGIN_YEAR_CUES = ['depuis', ...FOUNDING_YEAR_CUES] as const;

/**
 * A launch (`la radio, lancée en 2012`, `depuis son lancement en 2015`): a starting point as a founding is, the document is
 * written after it (no anniversary counts from it).
 */
export const LAUNCH_YEAR_CUES = ['lancé en', 'lancée en', 'lancés en', 'lancées en', 'lancement en'] as const;

/**
 * Words right before a full date that make it a deadline (`avant le 30 avril 2021`, `date limite :
 * 3 juin 2022`, `clôture le 12 mars 2018`): a call is written in the months before it. A validity
 * end (`valable jusqu'au`) or a target (`d'ici le`) is no deadline.
 */
export const DEADLINE_CUES = [
  'avant le', 'au plus tard le', 'au plus tard', 'date limite', 'dates limites', 'date-limite', 'clôture', 'cloture',
] as const;

/**
 * What a call receives until its deadline (`candidatures jusqu'au 12 mars 2018`, `dépôt des dossiers
 * jusqu'au`): with `jusqu'au` or `jusqu'à` on the same line, the date is a deadline.
 */
export const DEADLINE_SUBJECTS = [
  'candidature', 'candidatures', 'inscription', 'inscriptions', 'dépôt', 'dépôts', 'dossier', 'dossiers',
  'réponse', 'réponses', 'contribution', 'contributions', 'proposition', 'propositions',
] as const;

/**
 * Capitalised words that name a plan or a programme by its horizon year (`Horizon 2030`, `Vision
 * 2050`, `Ambition 2030`, `Cap 2030`, `Agenda 2030`): the year is part of the name, it dates
 * nothing. Written lower case after an article (`à l'horizon 2030`) the year is a target date.
 * The European network of protected sites is named the same way, by the year it was planned for
 * (`un site Natura 2000`, `les zones Natura 2000`): a name, no date.
 */
export const HORIZON_NAME_WORDS = [
  'Horizon', 'Horizons', 'Vision', 'Visions', 'Ambition', 'Ambitions', 'Cap', 'Agenda', 'Trajectoire', 'Trajectoires', 'Défi', 'Défis',
  'Natura',
] as const;

/**
 * Nouns that introduce a plan or a project by its name (`le projet de territoire Nord 2040`, `le
 * plan Climat 2040`, `la stratégie Bretagne 2040`): a year closing the capitalised name is its
 * horizon, it dates nothing. A call for projects (`appel à projets ESS 2021`) or an event (`Mois de
 * l'ESS 2024`) is an edition dated by its year: not these.
 */
export const PLAN_NAME_NOUNS = [
  'projet', 'projets', 'projet de territoire', 'projet de territoires', 'plan', 'plans', 'schéma', 'schéma directeur', 'stratégie',
  'pacte', 'contrat', 'feuille de route', 'programme', 'démarche',
] as const;

/**
 * Legal texts named by the day they were signed (`la loi du 31 juillet 2014`, `le décret n° 2015-858
 * du 13 juillet 2015`, `l'arrêté préfectoral du 3 mars 2020`): the date is part of the text's name,
 * which a document cites long after; it only bounds the document's date, as a law named by its year does.
 */
export const LEGAL_TEXT_NOUNS = [
  'loi', 'lois', 'décret', 'décrets', 'arrêté', 'arrêtés', 'ordonnance', 'ordonnances', 'circulaire', 'circulaires',
  'directive', 'directives', 'délibération', 'délibérations',
] as const;

/**
 * Ordinals an anniversary is written with (`son dixième anniversaire`, `cette vingtième année
 * d'existence`): the number of years since a founding. Digits (`10e`, `30ème`) are read as numbers.
 */
export const ANNIVERSARY_ORDINALS: Readonly<Record<string, number>> = {
  cinquième: 5, dixième: 10, quinzième: 15, vingtième: 20, 'vingt-cinquième': 25, trentième: 30,
  quarantième: 40, cinquantième: 50, soixantième: 60, 'soixante-dixième': 70, centième: 100,
};
