/**
 * Local branches of national networks named after their territory: France Active's associations
 * (`Pas-de-Calais Actif`, `Somme Active`, `France Active Pas-de-Calais`) and Initiative France's platforms
 * (`Initiative Lens-Liévin`, `Initiative Pays de Bray`). The territory must be a known French
 * department, region or commune, so `Public Actif` or `Initiative Citoyenne` are not taken.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isPlaceName } from '../lexicon-lookup.js';

const TERRITORY = "\\p{Lu}[\\p{L}'’]*(?:[ -](?:de|du|des|la|le|sur|en|d'|l')?[ -]?\\p{Lu}[\\p{L}'’]*){0,3}";
const PATTERN = `(?<![\\p{L}\\p{N}-])(?:France[ \\t]+Active[ \\t]+(?<region>${TERRITORY})|(?<before>${TERRITORY})[ \\t]+Acti(?:f|ve)|Initiative[ \\t]+(?:(?:Pays|Terres?|Val|Vallée|Grand)[ \\t]+(?:de[ \\t]+|du[ \\t]+|des[ \\t]+)?)?(?<after>${TERRITORY}))(?![\\p{L}\\p{N}])`;

/** A hyphenated pair of communes (`Lens-Liévin`) names a territory too. */
const isTerritory = (name: string): boolean => isPlaceName(name) || (name.includes('-') && name.split('-').every((part) => isPlaceName(part)));

export const organisationNetworkBranchParser: Parser = {
  id: 'fr.organisation.network-branch',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /Acti(?:f|ve)|Initiative/u, // each branch name holds one of these: skip pages without
  anchor: { lines: 0 }, // tried only on the lines with one: a branch name is on one line
  extract(context, match): Candidate | null {
    const territory = match.groups?.['region'] ?? match.groups?.['before'] ?? match.groups?.['after'] ?? '';
    if (!isTerritory(territory) && !/^(?:Pays|Terres?|Val|Vallée|Grand)\s/u.test(match[0].replace(/^Initiative\s+/u, ''))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + match[0].length, value: match[0].replace(/\s+/gu, ' '),
      confidence: 0.6, rule: this.id, inferred: [],
    };
  },
};
