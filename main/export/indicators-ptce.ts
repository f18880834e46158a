/**
 * Which PTCE a figure speaks of: the PTCE named by the heading above it or by its page's title
 * (a slide or section about one pole in a deck about several), else the document's own PTCE
 * (named in its title, or clearly the one it keeps naming), else "unknown".
 */
import { sameEntity } from '../../extractors/index.js';
import { headingAbove, pageHeadings, type Heading } from './indicators-layout.js';

export const UNKNOWN_PTCE = 'inconnu';

/** An organisation mention, reduced to what the PTCE reading needs. */
export interface OrganisationSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const PTCE_PREFIX = /^(?:PTCE|P\.T\.C\.E\.?|Pôles? territoria(?:l|ux) de coopération (?:économique|economique)s?)\s+(.+)$/iu;

/** `Pôle Territorial de Coopération Économique X` → `PTCE X`; null when the name is no PTCE's. */
export function ptceName(name: string): string | null {
  const match = PTCE_PREFIX.exec(name.replace(/\s+/gu, ' ').trim());
  const rest = match?.[1]?.replace(/^["«“\s]+|["»”\s]+$/gu, '');
  if (rest === undefined || rest.length < 2 || /^\(?PTCE\)?$/iu.test(rest) || /^(?:émergents?|labellisés?|de|des|du)\b/iu.test(rest)) return null;
  return `PTCE ${rest}`;
}

/** Groups spelling variants of one PTCE under the variant named most often. */
export class PtceNames {
  private readonly counts = new Map<string, number>();

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** The canonical spelling of `name`: the most frequent variant of the same PTCE. */
  canonical(name: string): string {
    let best = name;
    let bestCount = this.counts.get(name) ?? 0;
    for (const [other, count] of this.counts) {
      if (other === name || !sameEntity('organisation', other, name)) continue;
      if (count > bestCount || (count === bestCount && other < best)) {
        best = other;
        bestCount = count;
      }
    }
    return best;
  }

  /** Mention counts per canonical PTCE, most named first. */
  totals(): [string, number][] {
    const totals = new Map<string, number>();
    for (const [name, count] of this.counts) {
      const canonical = this.canonical(name);
      totals.set(canonical, (totals.get(canonical) ?? 0) + count);
    }
    return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
  }
}

/** What the reader knows of one document (or work): its pages and its PTCE mentions. */
export class PtceReader {
  private readonly names = new PtceNames();
  private readonly byPage = new Map<number, { span: OrganisationSpan; ptce: string }[]>();
  private readonly headings = new Map<number, Heading[]>();
  readonly own: string;

  constructor(pages: ReadonlyMap<number, string>, organisations: readonly OrganisationSpan[]) {
    for (const span of organisations) {
      const ptce = ptceName(span.name);
      if (ptce === null) continue;
      this.names.add(ptce);
      const list = this.byPage.get(span.page) ?? [];
      list.push({ span, ptce });
      this.byPage.set(span.page, list);
    }
    for (const [page, text] of pages) this.headings.set(page, pageHeadings(text));
    this.own = this.ownPtce(pages);
  }

  /** The PTCE named in the first lines of page 1 (the masthead or the title), else a dominant one. */
  private ownPtce(pages: ReadonlyMap<number, string>): string {
    const first = pages.get(1) ?? '';
    const titleEnd = first.split('\n').slice(0, 6).join('\n').length;
    const inTitle = (this.byPage.get(1) ?? []).find((entry) => entry.span.start < titleEnd);
    if (inTitle !== undefined) return this.names.canonical(inTitle.ptce);
    const [top, second] = this.names.totals();
    const total = this.names.totals().reduce((sum, [, count]) => sum + count, 0);
    // One PTCE named at least twice and at least twice as often as the next one speaks for the document.
    if (top !== undefined && top[1] >= 2 && top[1] * 2 > total && (second === undefined || top[1] >= 2 * second[1])) return top[0];
    return UNKNOWN_PTCE;
  }

  private namedIn(page: number, heading: Heading | undefined): string | undefined {
    if (heading === undefined) return undefined;
    const entry = (this.byPage.get(page) ?? []).find((candidate) => candidate.span.start < heading.end && candidate.span.end > heading.start);
    return entry === undefined ? undefined : this.names.canonical(entry.ptce);
  }

  /** The headings a figure at `start` on `page` sits under: the nearest one and the page's title. */
  sectionOf(page: number, start: number): string {
    const headings = this.headings.get(page) ?? [];
    return [headings[0]?.text ?? '', headingAbove(headings, start)?.text ?? ''].join('\n');
  }

  /** The PTCE of a figure at `start` on `page`. */
  ptceOf(page: number, start: number): string {
    const headings = this.headings.get(page) ?? [];
    return this.namedIn(page, headingAbove(headings, start)) ?? this.namedIn(page, headings[0]) ?? this.own;
  }
}
