/**
 * `indefinite-kind`: a lower-case type word and lower-case words after it, with no capital nor
 * digit (`agence de design`, `épicerie solidaire itinérante`), after an indefinite article
 * (`une agence de design`) or set beside a name by a comma or a dash (`Pixel Rouge -
 * agence de design`) says what kind of body something is; it names none. With a definite
 * article (`l'agence régionale de santé`) the same words may point at one body, and stay.
 */
import type { Candidate } from '../../core/types.js';
import { HEADS_NAMED_BY_MEMBERS } from '../lexicon/organisation-head-kinds.js';

/** `un`, `une`, `d'un`, `d'une` (capitalised at a sentence's start) and the blanks after it. */
const INDEFINITE = "(?:^|[^\\p{L}])(?:[Uu]ne?|[dD]['’][ \\t]*une?)[ \\t\\n]+";
/** `une`, `un`, `d'une`, or a comma or dash of apposition, right before the proposal. */
const DESCRIBING_BEFORE = new RegExp(`(?:${INDEFINITE}|[\\p{L}\\p{N}.)»"][ \\t]*(?:,|[-–—])[ \\t\\n]*)$`, 'u');
const ALL_LOWER = /^\p{Ll}[^\p{Lu}\p{N}]*$/u;

/** `un`, `une`, `d'un`, `d'une` right before the proposal (no apposition: `Pixel Rouge – agence de X` may name X's branch). */
const INDEFINITE_BEFORE = new RegExp(`${INDEFINITE}$`, 'u');
/**
 * A lower-case type word and lower-case words, then `de`/`des`/`du`/`d'` (an article maybe) and right after it the
 * capitalised words it governs: `foyer de vie des Iris Bleus`, `agence de développement de l'ESS` (not `agence de
 * communication Pixel Rouge`, whose capitals are its own name).
 */
const LOWER_THEN_OBJECT = /^\p{Ll}[^\p{Lu}\p{N}]*?[ \t\n](?:de|des|du|d['’])[ \t\n]*(?:(?:la|le|les|l['’])[ \t\n]*)?\p{Lu}/u;

/** After `un`/`une`, these heads' `des` + capitals is the new body's name (lexicon/organisation-head-kinds.ts). */
const NAMED_BY_MEMBERS: ReadonlySet<string> = new Set(HEADS_NAMED_BY_MEMBERS);

/**
 * Whether `proposal` (read after a type word) only describes a kind of body (see the file's comment). After an
 * indefinite article (`Un`/`Une` opening a sentence too) a type word left in lower case introduces a new one of a
 * kind whatever capitals follow it: an object it governs (`un foyer de vie des Iris Bleus`, `une agence de
 * développement de l'ESS`), a capital after a preposition (`un tiers-lieu pour Vilaretois`), a form's next label run
 * on (`une fédération⏎Affiliée …`); French names a body with the definite article (`l'agence X`). Only a head named
 * by whom it gathers keeps its `des` + capitals (`une fédération des Foyers Vilaretois`).
 */
export function namesIndefiniteKind(text: string, proposal: Candidate): boolean {
  if (proposal.rule !== 'fr.organisation.named') return false;
  const before = text.slice(Math.max(0, proposal.start - 16), proposal.start);
  if (ALL_LOWER.test(proposal.value)) return DESCRIBING_BEFORE.test(before);
  const head = /^\p{Ll}+/u.exec(proposal.value)?.[0] ?? '';
  if (head === '' || !INDEFINITE_BEFORE.test(before)) return false;
  return !(NAMED_BY_MEMBERS.has(head) && LOWER_THEN_OBJECT.test(proposal.value));
}
