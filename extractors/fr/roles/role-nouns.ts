/**
 * Roles a person holds in an organisation, as data: each with the spellings documents use
 * (masculine, feminine, inclusive, plural, abbreviated) and the canonical inclusive label stored
 * as the role mention's value (`présidente` → `président·e`).
 */
import { anyCaseAlternation, initialsAhead, RIGHT_BOUNDARY } from '../../core/pattern.js';

export interface RoleNoun {
  /** The stored value: inclusive, lower case. */
  readonly label: string;
  readonly forms: readonly string[];
  /** Roles named by a head noun and a complement (`chargé·e de mission`, `de développement`): the complement is kept. */
  readonly takesComplement?: boolean;
}

export const ROLE_NOUN_LIST: readonly RoleNoun[] = [
  { label: 'président·e', forms: ['président', 'présidente', 'président·e', 'présidents', 'présidentes', 'président(e)', 'pdt', 'pdte'] },
  { label: 'vice-président·e', forms: ['vice-président', 'vice-présidente', 'vice-président·e', 'vice président', 'vice présidente', 'vice-présidents', 'vp'] },
  { label: 'co-président·e', forms: ['co-président', 'co-présidente', 'coprésident', 'coprésidente', 'co-président·e', 'co-président mandataire', 'co-présidente mandataire', 'co-présidents', 'co-présidentes', 'coprésidents', 'coprésidentes'] },
  { label: 'directeur·rice', forms: ['directeur', 'directrice', 'directeur·rice', 'directeur·trice', 'directeurs', 'directrices', 'directeur général', 'directrice générale', 'directeur adjoint', 'directrice adjointe'] },
  { label: 'chargé·e', forms: ['chargé', 'chargée', 'chargé·e', 'chargé(e)', 'chargés', 'chargées'], takesComplement: true },
  { label: 'coordinateur·rice', forms: ['coordinateur', 'coordinatrice', 'coordinateur·rice', 'coordinateur·trice', 'coordonnateur', 'coordonnatrice', 'coordinateurs', 'coordinatrices'] },
  { label: 'chef·fe de file', forms: ['chef de file', 'cheffe de file', 'chef·fe de file', 'chefs de file', 'chefs de fil', 'cheffes de file', 'chef de fil'] },
  { label: 'chef·fe de projet', forms: ['chef de projet', 'cheffe de projet', 'chef·fe de projet', 'chefs de projet'] },
  { label: 'animateur·rice', forms: ['animateur', 'animatrice', 'animateur·rice', 'animateur·trice', 'animateurs', 'animatrices', 'co-animateur', 'co-animatrice'] },
  { label: 'trésorier·ère', forms: ['trésorier', 'trésorière', 'trésorier·ère', 'trésorier·e', 'trésoriers', 'trésorières'] },
  { label: 'secrétaire', forms: ['secrétaire', 'secrétaire générale', 'secrétaire général'] },
  { label: 'élu·e', forms: ['élu', 'élue', 'élu·e', 'élu(e)', 'éluë', 'élus', 'élues'] },
  { label: 'adjoint·e au maire', forms: ['adjoint au maire', 'adjointe au maire', 'maire adjoint', 'maire adjointe'] },
  { label: 'maire', forms: ['maire'] },
  { label: 'conseiller·ère', forms: ['conseiller', 'conseillère', 'conseiller régional', 'conseillère régionale', 'conseiller départemental', 'conseillère départementale', 'conseiller municipal', 'conseillère municipale', 'conseiller communautaire', 'conseillère communautaire'] },
  { label: 'responsable', forms: ['responsable'], takesComplement: true },
  { label: 'délégué·e', forms: ['délégué', 'déléguée', 'délégué·e', 'délégué général', 'déléguée générale'] },
  { label: 'administrateur·rice', forms: ['administrateur', 'administratrice', 'administrateur·rice'] },
  { label: 'gérant·e', forms: ['gérant', 'gérante', 'cogérant', 'cogérante', 'co-gérant', 'co-gérante'] },
  { label: 'fondateur·rice', forms: ['fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice'] },
  { label: 'référent·e', forms: ['référent', 'référente', 'référent·e'], takesComplement: true },
  { label: 'co-pilote', forms: ['co-pilote', 'copilote', 'co-pilotes', 'copilotes', 'pilote'] },
  { label: 'ministre', forms: ['ministre', 'ministre délégué', 'ministre déléguée'] },
  { label: 'mandataire', forms: ['mandataire'] },
];

const byForm = new Map<string, RoleNoun>();
for (const noun of ROLE_NOUN_LIST) for (const form of noun.forms) byForm.set(form, noun);

/** The role a written form names (`Présidente` → président·e), case-insensitive. */
export function roleOfForm(form: string): RoleNoun | undefined {
  return byForm.get(form.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'"));
}

/** A complement's first word is no article (`chargé de la Métropole`: the complement is the body's name, not a field). */
const COMPLEMENT_WORD = String.raw`(?!(?:la|le|les)(?![\p{L}'’-]))\p{Ll}[\p{Ll}'’-]*`;
/** Nor is its second word a preposition or an article: `chargée de mission pour l'X` ends at `mission`. */
const COMPLEMENT_SECOND_WORD = String.raw`(?!(?:pour|avec|dans|sur|auprès|chez|par|aux|des|les|une|sous|vers|entre|depuis|selon)(?![\p{L}'’-]))\p{Ll}[\p{Ll}'’-]{2,}`;

/** Words a complement of `chargé·e`, `responsable` or `référent·e` may hold (`de mission`, `du développement économique`). */
const COMPLEMENT = String.raw`(?:[ \t]+(?:de[ \t]+l['’]|d['’]|de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+)${COMPLEMENT_WORD}(?:[ \t]+(?:et[ \t]+)?(?:${COMPLEMENT_SECOND_WORD}))?|[ \t]+(?:administrati(?:f|ve)|financi(?:er|ère)|technique|pédagogique|territoriale?|commerciale?|éditoriale?|opérationnel(?:le)?|communication))?`;

const FORMS = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
/** The words `ROLE_PHRASE` opens on (every role form), for a scan tried only there (roles/role-links.ts). */
export const ROLE_FORMS: readonly string[] = FORMS;

/**
 * A role phrase: a form with its first letter in either case, and, for roles that take one, a
 * lower-case complement (`Chargé de développement`, `chargée de mission citoyenneté`).
 */
export const ROLE_PHRASE = `${initialsAhead(FORMS)}(?<![\\p{L}\\p{N}-])(?<role>${anyCaseAlternation(FORMS)})${RIGHT_BOUNDARY}(?<complement>${COMPLEMENT})`;

/** The stored label of a role phrase: `Chargée` + ` de mission` → `chargé·e de mission`. */
export function roleLabel(form: string, complement: string): string | undefined {
  const noun = roleOfForm(form);
  if (noun === undefined) return undefined;
  const tail = noun.takesComplement === true ? complement.replace(/\s+/gu, ' ').replace(/’/gu, "'").trimEnd() : '';
  return `${noun.label}${tail}`;
}
