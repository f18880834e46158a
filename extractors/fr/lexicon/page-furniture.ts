/**
 * Words of a web page's furniture: navigation, breadcrumbs, labels and headings that a rendered
 * page runs into the text next to a name (`Accueil > …`, `Sommaire`, `Résultat de l'appel`,
 * `Lauréat Catégorie …`). Written with a capital right after a capitalised word, with no `de` or
 * article between them, such a word ends the name before it: no body's name goes on into its
 * page's menu. Folded forms (no accents, lower case); general web vocabulary, not mined from the
 * scored texts. Words that also open real names (`Accueil Paysan`, `Archives départementales`)
 * are only read after another word of the name, never as its first.
 */
export const PAGE_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'accueil', 'sommaire', 'resultat', 'resultats', 'laureat', 'laureats', 'laureate', 'laureates', 'categorie', 'categories',
  'menu', 'actualite', 'actualites', 'agenda', 'imprimer', 'partager', 'telecharger', 'envoyer', 'rubrique', 'rubriques',
  'publie', 'publiee', 'publies', 'publiees', 'archives', 'edito', 'newsletter', 'guide', 'navigation', 'connexion',
  'actu', 'actus', 'abonnes', 'abonnez-vous', 'inscription', 'commentaires', 'cookies', 'rechercher', 'partagez', 'suivez-nous',
  'suite',
  // A page's buttons (`Ajouter aux favoris`, `Retour en haut`), run into the text when a layout drops their spaces.
  'ajouter', 'favoris',
  // A post's byline (`Rédigé le … par …`, as `Publié le`). Not a greeting: `Bonjour` opens real names.
  'redige', 'redigee', 'rediges', 'redigees',
]);

/**
 * An image's label or a greeting that a rendered web page runs into the line of the name after it
 * (`Logo Association …`, `Bienvenue Coopérative …`): never the first word of that name. Kept apart
 * from PAGE_FURNITURE_WORDS, which end a name: `Club Photo`, `Atelier Image` are names.
 */
export const IMAGE_LABEL_WORDS: ReadonlySet<string> = new Set(['logo', 'logos', 'photo', 'photos', 'image', 'illustration', 'bienvenue']);
