/**
 * What the document's anaphora passes share (kind-anaphora.ts, numbered-anaphora.ts): a bare reading of a
 * name is compared with the document's fuller names article aside, and takes the fuller name as its value
 * when the document writes exactly one of them.
 */
import { fold } from '../../core/pattern.js';
import type { Mention } from '../../core/types.js';

/**
 * A leading article, left out when a bare reading and a name are compared (`Le PTCE`, `l'ADAPI 81`): a whole
 * word, so a name that only opens on its letters keeps them (`Laval Agglo`, `LADOM 974`).
 */
const LEADING_ARTICLE = /^(?:(?:les?|la)[ \t\n]+|l['’][ \t\n]*)/iu;

/** `value` without its leading article. */
export const withoutArticle = (value: string): string => value.replace(LEADING_ARTICLE, '');

/**
 * The document's organisation names grouped by what they name (`groupOf`; undefined leaves a name out):
 * group → name key (`nameKey`, two spellings of one name share it) → the name as written.
 */
export function namesByGroup(
  mentions: readonly Mention[],
  groupOf: (value: string) => string | undefined,
  nameKey: (value: string) => string = fold,
): Map<string, Map<string, string>> {
  const byGroup = new Map<string, Map<string, string>>();
  for (const mention of mentions) {
    if (mention.type !== 'organisation') continue;
    const group = groupOf(mention.value);
    if (group === undefined) continue;
    const names = byGroup.get(group) ?? new Map<string, string>();
    names.set(nameKey(mention.value), mention.value);
    byGroup.set(group, names);
  }
  return byGroup;
}

/** The group's one name, or undefined when it has none or several (two bodies: the bare reading is left as it was). */
export function onlyName(names: ReadonlyMap<string, string> | undefined): string | undefined {
  const [name] = names?.size === 1 ? [...names.values()] : [];
  return name;
}

/** `mention` named `name`, with the evidence of the pass that lent it. */
export function lentName(mention: Mention, name: string, evidence: string): Mention {
  return { ...mention, value: name, evidence: [...(mention.evidence ?? []), evidence] };
}
