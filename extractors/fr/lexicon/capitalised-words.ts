/**
 * Capitalised words that start sentences, headings or table cells and are therefore not names:
 * determiners, pronouns, conjunctions, frequent nouns of PTCE documents. Compared folded.
 */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(
  `le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu son sa ses
  leur leurs notre nos votre vos mon ma mes qui que quoi dont ou où et mais donc or ni car si en dans par
  pour sur sous avec sans entre vers chez depuis pendant avant après lors selon contre merci bravo voici
  voila voilà tout tous toute toutes chaque plusieurs certains certaines aucun aucune autre autres
  quel quelle quels quelles comment pourquoi quand combien edito édito contact contacts source phase
  saison président présidente directeur directrice chargé chargée responsable conseiller conseillère
  adjoint adjointe maire région département ville commune état gouvernement ministre ministère
  janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
  decembre lundi mardi mercredi jeudi vendredi samedi dimanche rue avenue boulevard place chemin route
  hauts france nord sud est ouest centre pôle réseau institut université association fédération union
  comité chambre communauté conseil maison fondation agence direction cellule collectif société
  entreprise programme projet projets action actions atelier ateliers groupe groupes réunion rencontre
  journée assemblée générale pilote pilotes animateur animateurs animatrice objectifs objectif réalisations
  territoire territoires économie économique sociale solidaire solidaires emploi emplois insertion
  formation développement coopération transition mobilité alimentation numérique citoyenne
  aujourd'hui ensemble site internet mail email tél tel téléphone fax www http https
  madame monsieur mme mlle mr dr`.split(/\s+/).filter((word) => word.length > 0),
);
