/**
 * The vocabulary of PTCE activity indicators, as data: what a CRESS analyst tracks every year for
 * each pole. A figure maps to an indicator by its counted noun (the extractors' `unit`, singular,
 * lower-case) and, for some, by words of its sentence (`context`). Adding an indicator or a
 * synonym is a change to this list only.
 */

/** One indicator of the vocabulary. */
export interface IndicatorDefinition {
  /** Stable id, used in exports and tests (`meetings`). */
  readonly id: string;
  /** French label, the column header of the wide layout. */
  readonly label: string;
  /** The unit written in the table (`réunion`, `ETP`, `€`). */
  readonly unit: string;
  /**
   * Counted nouns (singular, lower-case, as the extractors write `unit`) that name the
   * indicator. A unit matches a noun when it equals it or starts with it followed by a space
   * (`réunion de bureau` matches `réunion` unless a longer noun matches).
   */
  readonly nouns: readonly string[];
  /** When set, the figure's sentence must match (`participé` for events attended). */
  readonly context?: RegExp;
  /** When set, a sentence matching it rules this indicator out (an objective is no result). */
  readonly notContext?: RegExp;
}

const MONEY = ['€', 'euro', 'k€', 'm€', 'million d’euro', "million d'euro", 'million €', 'millier d’euro'];

/**
 * Ordered: on an equal noun match an entry with a `context` that matches wins over one without,
 * and the longest matching noun wins over shorter ones.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'new_members',
    label: 'Nouveaux membres',
    unit: 'membre',
    nouns: ['membre', 'adhérent', 'adhérente', 'sociétaire', 'structure', 'nouveau membre', 'nouvel adhérent', 'adhésion'],
    context: /nouve(?:aux|lles?|l) (?:membres?|adhérent|sociétaires?|structures?)|ont rejoint|a rejoint|nouvelles adhésions|bienvenue/iu,
  },
  { id: 'members', label: 'Membres', unit: 'membre', nouns: ['membre', 'adhérent', 'adhérente', 'sociétaire', 'associé'] },
  {
    id: 'member_structures',
    label: 'Structures membres',
    unit: 'structure',
    nouns: ['structure membre', 'structure adhérente', 'entreprise membre', 'association membre', 'organisation membre', 'structure', 'entreprise adhérente'],
    context: /\b(?:membres?|adhérent|adhèrent|fédère|regroupe|rassemble|réunit)/iu,
  },
  { id: 'meetings', label: 'Réunions', unit: 'réunion', nouns: ['réunion', 'séance'] },
  { id: 'work_meetings', label: 'Réunions de travail', unit: 'réunion de travail', nouns: ['réunion de travail', 'réunion technique'] },
  { id: 'board_meetings', label: "Conseils d'administration et bureaux", unit: "conseil d'administration", nouns: ["conseil d'administration", 'conseil d’administration', 'bureau', 'ca'] },
  { id: 'steering_meetings', label: 'Comités de pilotage', unit: 'comité de pilotage', nouns: ['comité de pilotage', 'copil', 'comité stratégique', 'comité technique', 'comité opérationnel'] },
  { id: 'general_assemblies', label: 'Assemblées générales', unit: 'assemblée générale', nouns: ['assemblée générale', 'ag'] },
  { id: 'working_groups', label: 'Groupes de travail', unit: 'groupe de travail', nouns: ['groupe de travail', 'commission', 'gt', 'groupe thématique'] },
  {
    id: 'events_attended',
    label: 'Événements où le PTCE était présent',
    unit: 'événement',
    nouns: ['rencontre', 'événement', 'évènement', 'manifestation', 'salon', 'forum', 'conférence', 'colloque', 'journée', 'webinaire'],
    context: /particip|présents? (?:à|aux|lors)|représenté|intervenu/iu,
  },
  {
    id: 'events',
    label: 'Événements et rencontres',
    unit: 'événement',
    nouns: ['rencontre', 'événement', 'évènement', 'manifestation', 'salon', 'forum', 'conférence', 'colloque', 'journée', 'webinaire', 'atelier', 'animation', 'visite'],
  },
  { id: 'projects', label: 'Projets', unit: 'projet', nouns: ['projet', 'action', 'initiative', 'porteur de projet', 'projet accompagné', 'projet soutenu'] },
  { id: 'jobs_created', label: 'Emplois créés', unit: 'emploi', nouns: ['ETP', 'emploi', 'poste', 'emploi créé', 'création d’emploi', "création d'emploi"], context: /cré(?:é|e|ation|er)|nouveaux? (?:emplois?|postes?)/iu },
  {
    id: 'member_employees',
    label: 'Salariés des structures membres',
    unit: 'salarié',
    nouns: ['salarié', 'salariée', 'emploi', 'ETP', 'personne salariée', 'équivalent temps plein'],
    context: /(?:structures?|entreprises?|organisations?) (?:membres|adhérentes)|nos (?:membres|adhérents) (?:emploient|représentent|comptent)|des adhérents/iu,
  },
  { id: 'jobs', label: 'Emplois (ETP)', unit: 'ETP', nouns: ['ETP', 'équivalent temps plein'] },
  { id: 'employees', label: 'Salariés', unit: 'salarié', nouns: ['salarié', 'salariée', 'emploi', 'poste', 'personne salariée'] },
  { id: 'beneficiaries', label: 'Bénéficiaires', unit: 'bénéficiaire', nouns: ['bénéficiaire', 'personne accompagnée', 'usager', 'habitant', 'participant', 'famille', 'foyer', 'personne'] },
  { id: 'volunteers', label: 'Bénévoles', unit: 'bénévole', nouns: ['bénévole', 'volontaire', 'service civique'] },
  { id: 'cooperations', label: 'Coopérations et partenariats', unit: 'coopération', nouns: ['coopération', 'partenariat', 'partenaire', 'convention', 'mutualisation'] },
  { id: 'trainees', label: 'Personnes formées', unit: 'stagiaire', nouns: ['stagiaire', 'apprenant', 'personne formée', 'apprenti', 'alternant', 'formé'] },
  { id: 'trainings', label: 'Formations', unit: 'formation', nouns: ['formation', 'session de formation', 'heure de formation'] },
  { id: 'companies_supported', label: 'Entreprises accompagnées', unit: 'entreprise', nouns: ['entreprise', 'entreprise accompagnée', 'structure accompagnée', 'création d’entreprise'], context: /accompagn|soutenu|créé|incub|conseil/iu },
  { id: 'funding', label: 'Financements obtenus (par financeur)', unit: '€', nouns: MONEY, context: /financ|subvention|soutien|aide|dotation|apport|octroy|accord|versé|mécénat|fonds/iu },
  { id: 'budget', label: 'Budget', unit: '€', nouns: MONEY, context: /budget|chiffre d['’]affaires|produits|charges|ressources/iu },
];

/** Looks an indicator up by id. */
export function indicatorById(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
