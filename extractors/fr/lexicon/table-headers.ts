/**
 * Words that make up the header row of a directory table (`Structure | Nom du projet |
 * Territoire`, `Porteur | Commune | Contact`). A line made only of these words is a header, not
 * a name. Compared folded.
 */
export const TABLE_HEADER_WORDS: ReadonlySet<string> = new Set(
  `structure structures nom noms projet projets territoire territoires commune communes ville villes
  departement departements dep region regions porteur porteurs porteuse porteuses contact contacts adresse
  adresses ptce organisme organismes organisation organisations partenaire partenaires code postal
  date dates site statut secteur secteurs activite activites thematique thematiques referent referente
  referents intitule denomination raison sociale localisation lieu lieux action actions pilote pilotes
  du de des la le les et n° no numero`.split(/\s+/).filter((word) => word.length > 0),
);
