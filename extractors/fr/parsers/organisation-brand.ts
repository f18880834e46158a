/**
 * Brand-like names with capitals inside a word (`coHose`, `rESSources`, `ProcESseurs`,
 * `@EmergenceHéninCarvin`): structures and PTCEs name themselves this way, people and places
 * do not (surname prefixes such as `McKenzie` or `DeLuca` are left out).
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { brandDamage, gluedElision, inIdentifier, surnameAfterFirstName } from '../organisation/brand-guard.js';

const PATTERN =
  '(?<![\\p{L}\\p{N}\'’-])@?(?<brand>\\p{Ll}+\\p{Lu}[\\p{L}]*|\\p{Lu}\\p{Ll}+\\p{Lu}{2,}\\p{Ll}[\\p{L}]*|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+){2,})(?![\\p{L}\\p{N}])';
const PERSON_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O)\p{Lu}/u;

export const organisationBrandParser: Parser = {
  id: 'fr.organisation.brand',
  pattern: () => compile(PATTERN, 'gu'),
  // Every brand has a lower-case letter then a capital: pages without one are skipped. The test
  // starts on the capital (a range holding every `\p{Lu}`, as capitals are rare) and looks behind
  // for the lower-case letter: the same pages as `/\p{Ll}\p{Lu}/u`, a fifth of its cost.
  requires: /[A-Z\u00C0-\u{10FFFF}](?<=\p{Ll}\p{Lu})/u,
  anchor: { lines: 0 }, // tried only on the lines with a capital after a lower-case letter: a brand is one word
  extract(context, match): Candidate | null {
    const brand = match.groups?.['brand'] ?? '';
    // Five letters at least: shorter ones are OCR elisions the normaliser left (`dUne`).
    if (brand.length < 5 || PERSON_PREFIX.test(brand)) return null;
    // `aDole`, `proGramme`: OCR glue or a word written in mixed case, not a coined name (brand-guard.ts).
    if (brandDamage(brand) !== null) return null;
    // `Julie brENvaC`: a surname in small capitals after a first name (brand-guard.ts).
    if (surnameAfterFirstName(context.text, match.index)) return null;
    // `IMG_0412_retKAL`: a piece of a file's or an image's identifier (brand-guard.ts).
    if (inIdentifier(context.text, match.index, match.index + match[0].length)) return null;
    // `kalvoL'assemblée`: the next word's elision glued on (brand-guard.ts).
    if (gluedElision(context.text, match.index, match.index + match[0].length)) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: brand,
      confidence: 0.6, rule: this.id, inferred: [],
    };
  },
};
