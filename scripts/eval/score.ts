/**
 * A TypeScript port of ../shared/corpus/score.py: predictions are deduplicated per (document,
 * type, normalised value) and matched to gold entities by the same keys and rules, so both
 * print the same numbers.
 */

export interface GoldEntity {
  readonly type: string;
  readonly text?: string;
  readonly norm?: string;
  readonly value?: number | string;
  readonly unit?: string;
  readonly aliases?: readonly string[];
  readonly optional?: boolean;
}

export interface GoldDocument {
  readonly doc: string;
  readonly doc_date?: string;
  readonly entities: readonly GoldEntity[];
}

export interface Prediction {
  readonly type: string;
  readonly value: string;
  readonly unit?: string | undefined;
  readonly text?: string | undefined;
}

export interface TypeScore {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  fpKeys: string[];
  fnNorms: string[];
}

export function fold(text: string): string {
  let s = (text ?? '').normalize('NFKD').replace(/\p{M}/gu, '');
  s = s.replace(/\u2019/g, "'").replace(/\u0153/g, 'oe').toLowerCase();
  s = s.replace(/[^a-z0-9%']+/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

const TITLES = new Set(['monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'mr', 'dr']);
function personKey(s: string): string {
  return fold(s).replace(/'/g, ' ').split(' ').filter((t) => t.length > 0 && !TITLES.has(t)).sort().join(' ');
}

const ARTICLES = ['l ', 'la ', 'le ', 'les ', "l'", "d'", 'de la ', 'du ', 'des '];
/** The scorer's key of an organisation name (folded, leading articles dropped): one entity per key and document. */
export function orgKey(s: string): string {
  let k = fold(s);
  let changed = true;
  while (changed) {
    changed = false;
    for (const a of ARTICLES) {
      if (k.startsWith(a)) {
        k = k.slice(a.length).trim();
        changed = true;
      }
    }
  }
  return k;
}

function unitKey(u: string): string {
  const words = fold(u).split(' ').filter((w) => w.length > 0).map((w) => w.replace(/(s|x)$/, ''));
  return words[0] ?? '';
}

function num(v: string): number | null {
  const n = Number(String(v).replace(/\u202f/g, '').replace(/ /g, '').replace(',', '.'));
  return String(v).trim() === '' || Number.isNaN(n) ? null : n;
}

type Key = string;
const figureKey = (v: number, u: string): Key => `${v}\u0000${u}`;
const parseFigureKey = (k: Key): [number, string] => {
  const [v, u] = k.split('\u0000');
  return [Number(v), u ?? ''];
};

function goldKeys(e: GoldEntity): Set<Key> {
  const names = [e.norm ?? '', ...(e.aliases ?? []), e.text ?? ''].filter((n) => n.length > 0);
  if (e.type === 'person') return new Set(names.map(personKey));
  if (e.type === 'organisation') return new Set(names.map(orgKey));
  if (e.type === 'date') return new Set([(e.norm ?? '').trim()]);
  if (e.type === 'figure') return new Set([figureKey(Number(e.value), unitKey(e.unit ?? ''))]);
  return new Set();
}

function predKey(p: Prediction): Key | null {
  if (p.type === 'person') return personKey(p.value || p.text || '');
  if (p.type === 'organisation') return orgKey(p.value || p.text || '');
  if (p.type === 'date') return (p.value ?? '').trim();
  if (p.type === 'figure') {
    const n = num(p.value);
    return n === null ? null : figureKey(n, unitKey(p.unit ?? ''));
  }
  return null;
}

function matches(type: string, pk: Key, gk: Set<Key>): boolean {
  if (gk.has(pk)) return true;
  if (type === 'date') {
    for (const g of gk) if (g.startsWith('--') && pk.endsWith(g.slice(1))) return true;
  }
  if (type === 'figure') {
    const [pv, pu] = parseFigureKey(pk);
    for (const g of gk) {
      const [v, u] = parseFigureKey(g);
      if (Math.abs(v - pv) < 1e-6 && (u === pu || u.startsWith(pu) || pu.startsWith(u)) && pu) return true;
    }
  }
  return false;
}

/** Python's `sorted(keys, key=str)` order for the keys this scorer builds. */
function pyStr(type: string, k: Key): string {
  if (type !== 'figure') return k;
  const [v, u] = parseFigureKey(k);
  const value = Number.isInteger(v) ? `${v}.0` : String(v);
  return `(${value}, '${u}')`;
}

/** Scores one document's predictions against its gold, per type. Adds into `totals`. */
export function scoreDocument(gold: GoldDocument, predictions: readonly Prediction[], types: readonly string[], totals: Map<string, TypeScore>): void {
  for (const type of types) {
    const total = totals.get(type) ?? { p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 0, fpKeys: [], fnNorms: [] };
    totals.set(type, total);
    const keys = new Set<Key>();
    for (const p of predictions) {
      if (p.type !== type) continue;
      const k = predKey(p);
      if (k !== null && k !== '') keys.add(k);
    }
    const gks = gold.entities.filter((e) => e.type === type).map((e) => ({ e, gk: goldKeys(e) }));
    const used = new Set<number>();
    const sortedKeys = [...keys].sort((a, b) => {
      const sa = pyStr(type, a);
      const sb = pyStr(type, b);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    });
    for (const pk of sortedKeys) {
      let hit: number | null = null;
      for (let i = 0; i < gks.length; i += 1) {
        const g = gks[i];
        if (g !== undefined && !used.has(i) && matches(type, pk, g.gk)) {
          hit = i;
          break;
        }
      }
      if (hit === null) {
        if (gks.some((g, i) => used.has(i) && matches(type, pk, g.gk))) continue;
        total.fp += 1;
        total.fpKeys.push(`${gold.doc}: ${pk.replace('\u0000', ' ')}`);
      } else {
        used.add(hit);
        if (gks[hit]?.e.optional !== true) total.tp += 1;
      }
    }
    gks.forEach((g, i) => {
      if (!used.has(i) && g.e.optional !== true) {
        total.fn += 1;
        total.fnNorms.push(`${gold.doc}: ${g.e.norm ?? ''}`);
      }
    });
  }
}

/** Fills precision, recall and F1 (rounded like score.py). */
export function finish(totals: Map<string, TypeScore>): void {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  for (const t of totals.values()) {
    const p = t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : 0;
    const r = t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : 0;
    t.p = round(p);
    t.r = round(r);
    t.f1 = round(p + r > 0 ? (2 * p * r) / (p + r) : 0);
  }
}

/**
 * Whether one prediction names an entity of the document's gold by the scorer's matching rule:
 * `required`, `optional` (an optional gold entity: neither a hit nor a false positive), or null
 * (a false positive). Used to label proposals when fitting a decision (scripts/eval/fit-organisation.ts).
 */
export function goldMatch(gold: GoldDocument, prediction: Prediction): 'required' | 'optional' | null {
  const key = predKey(prediction);
  if (key === null || key === '') return null;
  let optional = false;
  for (const entity of gold.entities) {
    if (entity.type !== prediction.type || !matches(prediction.type, key, goldKeys(entity))) continue;
    if (entity.optional !== true) return 'required';
    optional = true;
  }
  return optional ? 'optional' : null;
}
