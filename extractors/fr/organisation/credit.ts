/**
 * Proposer family "a credit line" (no type word needed): a photo, an illustration or a text is
 * credited to whoever made or published it, often a structure or a newspaper (`Photo : Le
 * Courrier du Val`, `Source : Kalimba`, `Crédit photo : Coop'Fer`, `© Les Toits Verts`). The
 * credit opens a line, a sentence or a caption's dash; the name is the capitalised run after it,
 * up to the end of the credit. A person credited (`Photo : Marie Dupont`) is a person: the
 * person rules' span wins, and `person-like` weighs against the run. `DR` (rights reserved) is
 * no name. Evidence `credit-line`.
 */
import { NAME_RUN } from './name-candidates.js';
import type { SourcedSpan } from '../../core/types.js';

export type CreditName = SourcedSpan<'credit-line'>;

/** The credit word first (a literal to search for), then the name. */
const CREDIT = new RegExp(
  `(?=[PCSIV©])(?<=(?:^|\\n|[.!?)»][ \\t]+|[ \\t][-–—|][ \\t]+)[ \\t]*)(?:(?:Photos?|Crédits?|Sources?|Illustrations?|Visuels?|Images?)(?:[ \\t]+(?:photos?|photographiques?))?[ \\t]*(?:©[ \\t]*)?:|©)[ \\t]*(?:©[ \\t]*)?(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`,
  'gdu',
);
/** What may close a credit: a line end, a slash, a comma, a semicolon, a full stop, a bracket, a dash. */
const CREDIT_END = /^(?:[ \t]*(?:$|\n|[/,;)|]|\.(?!\p{L}))|[ \t]+[-–—][ \t])/u;

/**
 * A credit holds one line: the run may not go on to the next one (`…du Val⏎Source : …`), unless
 * the line ends on a connector (`Photo : Le Courrier des⏎Coopératives`): the name goes on there.
 */
function creditRun(run: string): string {
  const lines = run.split('\n');
  let name = lines[0] ?? '';
  for (let index = 1; index < lines.length && /(?:^|[ \t])(?:de|du|des|en|et|à|sur|la|le|les)[ \t]*$|[dl]['’][ \t]*$/u.test(name); index += 1) {
    name += `\n${lines[index] ?? ''}`;
  }
  return name.trimEnd();
}

/** Every credited name of the page. */
export function creditNames(text: string): CreditName[] {
  const found: CreditName[] = [];
  CREDIT.lastIndex = 0;
  for (let match = CREDIT.exec(text); match !== null; match = CREDIT.exec(text)) {
    const at = match.indices?.groups?.['name'];
    if (at === undefined) continue;
    const name = creditRun(text.slice(at[0], at[1]));
    // The next credit may open on the line the run reached into (`…du Val⏎Source : X`).
    CREDIT.lastIndex = at[0] + Math.max(1, name.length);
    if (/^DR$/u.test(name) || !CREDIT_END.test(text.slice(at[0] + name.length, at[0] + name.length + 4))) continue;
    found.push({ start: at[0], end: at[0] + name.length, source: 'credit-line' });
  }
  return found;
}
