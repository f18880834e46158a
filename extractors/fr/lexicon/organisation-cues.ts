/**
 * Words before a name that make it an organisation's even without a type word: the role of a
 * person in a structure (`président du Grand Forum X`), an action a structure carries out
 * (`porté par X`), a partnership (`en partenariat avec X`). Written as they appear, lower case.
 */

/** Roles held in an organisation, followed by `du`, `de la`, `de l'`, `d'`. */
export const ROLE_IN_ORGANISATION: readonly string[] = [
  'président', 'présidente', 'vice-président', 'vice-présidente', 'co-président', 'co-présidente', 'coprésident', 'coprésidente',
  'gérant', 'gérante', 'administrateur', 'administratrice', 'directeur', 'directrice', 'directeur général', 'directrice générale', 'délégué général', 'déléguée générale', 'secrétaire général', 'secrétaire générale',
  'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'créateur', 'créatrice',
  'coordinateur', 'coordinatrice', 'délégué', 'déléguée', 'trésorier', 'trésorière', 'salarié', 'salariée',
  'salariés', 'chargé de mission', 'chargée de mission', 'chargé de projet', 'chargée de projet',
  'adhérent', 'adhérente', 'adhérents', 'adhérentes', 'bénévole', 'bénévoles', 'équipe', 'équipes',
  'dirigeant', 'dirigeante', 'conseiller', 'conseillère', 'responsable',
  // A chief executive's title and a founder who chairs (`Paul Roy, P-DG de X`, `président fondateur de X`).
  'P-DG', 'PDG', 'président fondateur', 'présidente fondatrice', 'président-fondateur', 'présidente-fondatrice',
];

/**
 * Words before a capitalised first name + surname that make the pair a business's name (organisation
 * names after their founder: `l'entreprise Paul Garnier`, `la marque Lise Moreau`), not a person met in the text.
 */
export const BUSINESS_HEADS: readonly string[] = [
  'entreprise', 'société', 'marque', 'enseigne', 'groupe', 'firme', 'établissements', 'ets', 'sarl', 'sas', 'sasu', 'eurl',
  // a company of the performing arts, often named like a person (`la Compagnie Lise Aubrac`)
  'compagnie', 'cie',
];

/**
 * Kinds of bodies (a membership body, a club) often named after a person or a figure (`l'association Lise Moreau`, `le
 * collectif Jean Vidal`): a given name and surname right after one name the body, on the whole page (person-name.ts).
 */
export const PERSON_NAMED_BODY_HEADS: readonly string[] = ['association', 'asso', 'collectif', 'amicale', 'club', 'cercle', 'fédération'];

/**
 * Words that may stand between such a kind and its name, saying what sort of body it is (`l'association caritative X`);
 * a word saying where it is from (`l'association bretonne X`) is read by its ending (`DEMONYM_ENDINGS`).
 */
export const PERSON_NAMED_BODY_QUALIFIERS: readonly string[] = [
  'locale', 'caritative', 'humanitaire', 'culturelle', 'sportive', 'étudiante', 'nationale', 'régionale', 'départementale',
  'communale', 'intercommunale', 'citoyenne', 'solidaire', 'environnementale', 'familiale', 'paroissiale', 'laïque', 'sociale',
  'internationale', 'européenne', 'partenaire', 'support', 'gestionnaire', 'porteuse', 'organisatrice', 'nouvelle', 'jeune',
];

/**
 * Roles one holds in a body, never towards a person: right before `de` they make the pair after it a body's
 * name (`fondatrice de Lise Moreau`, a firm named after its founder), not a person's. A narrower list than
 * `ROLE_IN_ORGANISATION`, which also holds roles towards people (`conseillère`, `responsable`, `bénévole`).
 */
export const BODY_ROLES_BEFORE_OF: readonly string[] = [
  'président', 'présidente', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice',
  'directeur', 'directrice', 'gérant', 'gérante', 'pdg', 'p-dg', 'dirigeant', 'dirigeante',
];

/** Participles of what a structure does, followed by `par`. */
export const DONE_BY: readonly string[] = [
  'porté', 'portée', 'portés', 'portées', 'soutenu', 'soutenue', 'soutenus', 'soutenues', 'financé',
  'financée', 'financés', 'financées', 'accompagné', 'accompagnée', 'accompagnés', 'accompagnées',
  'organisé', 'organisée', 'organisés', 'organisées', 'animé', 'animée', 'animés', 'animées', 'coordonné',
  'coordonnée', 'piloté', 'pilotée', 'pilotés', 'pilotées', 'géré', 'gérée', 'gérés', 'gérées', 'créé', 'créée',
  // Who started or carried out a scheme, a call or a tool (`l'appel lancé par X`, `un procédé mis au point par X`).
  'lancé', 'lancée', 'lancés', 'lancées', 'initié', 'initiée', 'initiés', 'initiées', 'mené', 'menée', 'menés', 'menées',
  'mis au point', 'mise au point', 'conçu', 'conçue', 'conçus', 'conçues', 'impulsé', 'impulsée',
];

/**
 * Participles naming who carries, funds or leads a scheme, before `par` and a list's item (`porté par A, B
 * et C`, `financés par les…`): the items are bodies (organisation/candidates.ts). Masculine singular; the
 * pattern adds the endings `-e`, `-s`, `-es`. It differs from `DONE_BY` (the cued parser's cues) and is
 * kept apart: merging the two would change which lists are cued.
 */
export const LIST_AGENT_PARTICIPLES: readonly string[] = [
  'porté', 'initié', 'soutenu', 'financé', 'animé', 'piloté', 'coordonné', 'mené', 'lancé', 'fondé', 'cofinancé',
];

/**
 * Phrases of partnership, followed directly by the name or by an article. Not `chez`: it is as
 * often followed by a person (`chez Maryse`, `chez Dupont`).
 */
export const PARTNERSHIP: readonly string[] = [
  'en partenariat avec', 'en lien avec', 'aux côtés de', 'avec le soutien de', "avec l'appui de",
  'avec le concours de',
];

/**
 * A person's role written right after a name (`Rose Petit, vice-présidente de…`): evidence that
 * the name is a person's, not an organisation's. Roles a structure can hold too (`membre`,
 * `partenaire`, `pilote`) are left out.
 */
export const PERSON_ROLES: readonly string[] = [
  'président', 'présidente', 'vice-président', 'vice-présidente', 'co-président', 'co-présidente', 'directeur', 'directrice',
  'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'coordinateur', 'coordinatrice',
  'délégué', 'déléguée', 'trésorier', 'trésorière', 'secrétaire', 'chargé', 'chargée', 'animateur', 'animatrice', 'adjoint',
  'adjointe', 'maire', 'conseiller', 'conseillère', 'député', 'députée', 'sénateur', 'sénatrice', 'ministre', 'préfet', 'préfète',
  'gérant', 'gérante', 'élu', 'élue', 'responsable', 'référent', 'référente', 'chef', 'cheffe',
];

/**
 * Kinds of structure written in apposition after a name (`Kaléido, l'association qui…`,
 * `Val Fleuri, un groupe d'entreprises`), lower case as written after a comma.
 */
export const STRUCTURE_KINDS: readonly string[] = [
  'association', 'coopérative', 'entreprise', 'structure', 'scic', 'SCIC', 'scop', 'SCOP', 'fédération', 'réseau',
  'collectif', 'fondation', 'société', 'start-up', 'startup', 'ressourcerie', 'recyclerie', 'épicerie solidaire',
  'régie de quartier', 'tiers-lieu', "entreprise d'insertion", "chantier d'insertion", 'mutuelle', 'fonds de dotation',
  'groupe', 'groupement', 'cabinet', 'agence',
];

/**
 * Kinds of structure that may follow a name in apposition or in brackets (`Pays Vert Sud
 * (communauté de communes)`, `Terre Franche, association de producteurs`, `Ortéa, première
 * entreprise adaptée`): the kinds above and public bodies. No place kind (`ville`, `région`).
 */
export const KINDS_AFTER_NAME: readonly string[] = [
  ...STRUCTURE_KINDS, 'entreprise adaptée', 'communauté de communes', "communauté d'agglomération", 'agglomération',
  'intercommunalité', 'syndicat', 'établissement public', 'institut', 'laboratoire', 'pôle', 'ptce', 'PTCE', 'compagnie',
  'incubateur', 'pépinière', 'mission locale', 'coopérative', 'régie', 'bureau d\'études', 'cluster', 'consortium',
];

/**
 * Words that may stand between the article and the kind said after a name (`X, nouvelle épicerie du quartier`,
 * `X, une jeune coopérative`, `X, la seule épicerie…`): they qualify the kind, the name stays a body's.
 */
export const KIND_QUALIFIERS: readonly string[] = [
  'nouveau', 'nouvel', 'nouvelle', 'jeune', 'petit', 'petite', 'seul', 'seule', 'véritable', 'vraie', 'vrai', 'autre', 'ancienne', 'ancien',
];

/** Kinds of structure that may stand right before a quoted name (`le tiers-lieu « X »`). */
export const KINDS_BEFORE_QUOTE: readonly string[] = [
  ...KINDS_AFTER_NAME, 'tiers-lieu', 'tiers lieu', 'restaurant', 'café', 'épicerie', 'garage', 'ferme', 'atelier', 'ateliers',
  'boutique', 'magasin', 'friperie', 'conciergerie', 'regroupement', 'plateforme', 'centre social', 'maison',
];

/** Words between a kind and a quote that make the quote an event's or a project's name, not a body's. */
export const QUOTED_NON_BODIES: readonly string[] = [
  'projet', 'projets', 'programme', 'journée', 'journées', 'opération', 'dispositif', 'festival', 'label', 'appel', 'action',
  'démarche', 'concours', 'prix', 'thème', 'groupe de travail', 'évènement', 'événement', 'rencontre',
  'campagne', 'slogan', 'devise', 'formule', 'marque', 'rubrique', 'édition',
];

/** Words of plans, schemes, laws and events: a capitalised title holding one names no body. */
export const SCHEME_WORDS: readonly string[] = [
  'projet', 'schéma', 'plan', 'programme', 'mois', 'semaine', 'journée', 'journées', 'gestion', 'contrat', 'loi', 'stratégie',
  'pacte', 'appel', 'prix', 'trophées', 'dispositif', 'label', 'festival', 'forum', 'salon', 'assises', 'rencontres', 'charte',
];

/**
 * A body's own division, or a budget's or a course's part, named by its field: a capitalised pair after one
 * (`le service Achats et Logistique`, `la mission Santé et Sport`, `la filière Bois et Forêt`) titles that
 * part, no body (organisation/paired-name.ts).
 */
export const DIVISION_WORDS: readonly string[] = [
  'service', 'services', 'mission', 'commission', 'direction', 'département', 'pôle', 'section', 'volet', 'axe',
  'filière', 'secteur', 'rayon', 'master', 'licence', 'diplôme', 'option', 'spécialité', 'parcours', 'module',
];

/**
 * What a structure does, in the present or the passé composé, right after its name as the
 * subject of a sentence (`Kalimba accompagne…`, `Les Ateliers Verts ont ouvert…`), and what a call
 * for projects or a prize says of it (`Kalimba a été sélectionnée`, `… est lauréate`, `… est l'une des
 * associations`). Verbs a person does as often (`dit`, `explique`) are left out.
 */
export const ORGANISATION_VERBS: readonly string[] = [
  'accompagne', 'accompagnent', 'propose', 'proposent', 'organise', 'organisent', 'porte', 'portent', 'rassemble',
  'rassemblent', 'fédère', 'fédèrent', 'regroupe', 'regroupent', 'emploie', 'emploient', 'salarie', 'salarient',
  'gère', 'gèrent', 'anime', 'animent', 'collecte', 'collectent', 'recrute', 'recrutent', 'récupère', 'récupèrent',
  'finance', 'financent', 'soutient', 'soutiennent', 'réunit', 'réunissent', 'compte', 'comptent', 'forme', 'forment',
  'exploite', 'exploitent', 'produit', 'produisent', 'commercialise', 'commercialisent', 'développe', 'développent',
  'a été créée', 'a été créé', 'ont été créées', 'a ouvert', 'ont ouvert', 'a inauguré', 'ont inauguré', 'a rejoint',
  'ont rejoint', 'a accompagné', 'ont accompagné', 'a recruté', 'ont recruté', 'a collecté', 'ont collecté',
  'a remis', 'ont remis', 'a lancé', 'ont lancé', 'a obtenu', 'ont obtenu', 'a reçu', 'ont reçu', 'est installée',
  'est implantée', 'est née', 'sont installées',
  'a soutenu', 'ont soutenu', 'a financé', 'ont financé', 'a organisé', 'ont organisé', 'a développé', 'ont développé',
  'a signé', 'ont signé', 'a accueilli', 'ont accueilli', 'a embauché', 'ont embauché', 'a fédéré', 'ont fédéré',
  'a été récompensée', 'a été récompensé', 'ont été récompensées', 'ont été récompensés', 'a été sélectionnée', 'a été sélectionné',
  'ont été sélectionnées', 'ont été sélectionnés', 'est lauréate', 'est lauréat', 'sont lauréates', 'sont lauréats',
  'a été invitée', 'a été invité', "est l'une des", "est l'un des", 'est l’une des', 'est l’un des',
];

/**
 * Words that cannot belong to a lower-case description between a type word and a name
 * (`l'atelier de réparation de vélos X`): a verb or a relative word makes it a clause
 * (`l'association accompagne X`, `la coopérative qui emploie X`).
 */
export const DESCRIPTION_BREAKERS: readonly string[] = [
  'qui', 'que', 'dont', 'où', 'est', 'sont', 'a', 'ont', 'était', 'étaient', 'sera', 'seront', 'fait', 'font', 'va', 'vont',
  'peut', 'peuvent', 'doit', 'doivent', 'avait', 'avaient', 'ou', 'mais', 'car', 'puis', 'comme', 'avec', 'par', 'chez', 'pour',
  'selon', 'entre', 'vers', 'depuis', 'dans', 'sur', 'sous', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'se', 'sa', 'son', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'ce', 'cette', 'ces', 'un', 'une', 'plusieurs', 'deux', 'trois', 'quatre', 'cinq', 'dix',
  ...ORGANISATION_VERBS.filter((verb) => !verb.includes(' ')),
];

/**
 * Words of a prize or a selection, after which a winner's link (`à`, `par`, `pour`) names the
 * structure rewarded (`le prix … à Kalimba`, `trophée remporté par …`). Lower case; matched as
 * whole words, case aside.
 */
export const AWARD_WORDS: readonly string[] = [
  'prix', 'trophée', 'trophées', 'lauréat', 'lauréate', 'lauréats', 'lauréates', 'récompense', 'récompensé', 'récompensée',
  'récompensés', 'distinction', 'distingué', 'distinguée', 'coup de cœur', 'coup de coeur', 'mention spéciale', 'primé', 'primée',
  'remporté', 'remportée', 'décerné', 'décernée', 'attribué', 'attribuée', 'remis', 'remise',
];
