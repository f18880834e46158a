/**
 * Symbols and multiplier phrases written right after a number, with the unit they stand for and
 * the factor they apply: `18,4 M€` is 18 400 000 euros, `420 m2` is 420 m². Money is counted in
 * `euro` whatever the multiplier or spelling (`€`, `k€`, `12 euros`), so amounts compare across
 * documents and match the singular head-noun convention of every other unit.
 */
/**
 * Written out, an area or a volume is the same measure as its symbol (`1 700 mètres carrés` is 1 700 m²),
 * in every spelling of its accents, since OCR and plain-text exports drop some or all of them.
 */
const WRITTEN_OUT_MEASURES: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = Object.fromEntries(
  [
    ['mètre', 'carré', 'm²'], ['kilomètre', 'carré', 'km²'], ['mètre', 'cube', 'm³'],
  ].flatMap(([length = '', power = '', unit = '']) =>
    [length, length.replace('è', 'e')].flatMap((noun) =>
      [power, power.replace('é', 'e')].flatMap((adjective) => [`${noun} ${adjective}`, `${noun}s ${adjective}s`])).map((phrase) => [phrase, { unit, factor: 1 }])),
);

/**
 * A power or an energy is its symbol's unit however it is written (`12,9 mégawatts` is 12,9 MW): the
 * symbol with its `W` in either case (`6 600 Mwh`, as typed or read by OCR) and the name written out, with
 * or without its accent.
 */
const ENERGY_MEASURES: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = Object.fromEntries(
  [
    ['kW', 'kilowatt'], ['MW', 'mégawatt'], ['GW', 'gigawatt'], ['kWh', 'kilowattheure'], ['MWh', 'mégawattheure'], ['GWh', 'gigawattheure'],
    ['kWc', 'kilowatt-crête'], ['MWc', 'mégawatt-crête'],
  ].flatMap(([symbol = '', name = '']) => {
    const measure = { unit: symbol.toLowerCase(), factor: 1 };
    const names = [name, name.replace('é', 'e')].flatMap((written) => [written, written.replace(/(\p{L}+)/u, '$1s')]);
    return [symbol, symbol.replace('W', 'w'), ...names].map((written) => [written, measure]);
  }),
);

/**
 * Ordinals written in capitals without their accent share a symbol's letters: `3ME ÉDITION` is the
 * third edition (`3ème`), not 3 M€. Glued to the number and followed by a word in capitals, `ME` is
 * that ordinal (`ordinal-shape`); the amount is spaced, ends its phrase or runs on in lower case
 * (`30 ME,`, `5ME.`, `4ME sur`).
 */
export const ORDINAL_SHAPES = 'ME(?=[ \\t\\u00a0]+\\p{Lu}(?!\\p{Ll}))';

/**
 * Multiplied euros, the multiplier written out or abbreviated (`1,5 M d'euros`, `3 M €`, `200 k euros`; `Mons`
 * is another abbreviation of millions). After `d'` the euro sign may stand for the word (`2,1 millions d'€`), and
 * OCR reads that sign as a pound sign (`d'£`: a French amount in millions of pounds is no structure's figure).
 */
const MULTIPLIED_EUROS: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = Object.fromEntries(
  Object.entries({
    'million €': 1e6,
    'millions €': 1e6,
    "million d'euros": 1e6,
    "millions d'euros": 1e6,
    "milliard d'euros": 1e9,
    "milliards d'euros": 1e9,
    "M d'euros": 1e6,
    'M €': 1e6,
    'M euros': 1e6,
    "Mons d'euros": 1e6,
    'Mons €': 1e6,
    'k €': 1e3,
    'K €': 1e3,
    'k euros': 1e3,
    "Md d'euros": 1e9,
    "Mds d'euros": 1e9,
    'millions euros': 1e6,
  }).flatMap(([phrase, factor]) => [phrase, ...(phrase.endsWith("d'euros") ? [phrase.replace("d'euros", "d'€"), phrase.replace("d'euros", "d'£")] : [])].map((written) => [written, { unit: 'euro', factor }])),
);

export const MEASURE_SYMBOLS: Readonly<Record<string, { readonly unit: string; readonly factor: number }>> = {
  '%': { unit: '%', factor: 1 },
  '€': { unit: 'euro', factor: 1 },
  'k€': { unit: 'euro', factor: 1e3 },
  'K€': { unit: 'euro', factor: 1e3 },
  'M€': { unit: 'euro', factor: 1e6 },
  // The euro's ISO code after the amount (`22.000EUR`, `1 500 EUR`), as banks and the press write it.
  'EUR': { unit: 'euro', factor: 1 },
  // The euro sign typed as a capital E, or read so by OCR, after the million's M (`30 ME`, `5ME`).
  'ME': { unit: 'euro', factor: 1e6 },
  'Md€': { unit: 'euro', factor: 1e9 },
  'Mds€': { unit: 'euro', factor: 1e9 },
  ...MULTIPLIED_EUROS,
  'm²': { unit: 'm²', factor: 1 },
  'm2': { unit: 'm²', factor: 1 },
  // OCR reads the superscript as a question mark or a degree sign (`420 m?`, `800 m°`).
  'm?': { unit: 'm²', factor: 1 },
  'm°': { unit: 'm²', factor: 1 },
  'km²': { unit: 'km²', factor: 1 },
  'km2': { unit: 'km²', factor: 1 },
  ...WRITTEN_OUT_MEASURES,
  'm³': { unit: 'm³', factor: 1 },
  'm3': { unit: 'm³', factor: 1 },
  'tCO2': { unit: 'tCO2', factor: 1 },
  'tCO2e': { unit: 'tCO2', factor: 1 },
  'teqCO2': { unit: 'tCO2', factor: 1 },
  't CO2': { unit: 'tCO2', factor: 1 },
  // The tonne symbol right after a number (`3,5 t`); the lookahead after symbols keeps `3 tables` out.
  't': { unit: 'tonne', factor: 1 },
  'pour cent': { unit: '%', factor: 1 },
  // Abbreviated units read as symbols so that they count glued to the number too (`3,6ha`,
  // `12km`, `250kWc`), as a flattened page or a slide writes them; spaced, they read the same.
  'ha': { unit: 'ha', factor: 1 },
  'km': { unit: 'km', factor: 1 },
  'kg': { unit: 'kg', factor: 1 },
  // Hours by their symbol (`7400h`, `440 h de navigation`): a length of work or use. Up to 24 it may be a
  // time of day (`à 14h`, `de 9 h à 12 h`), which `fr.figure.filter.time` rejects; with minutes (`14h30`) it
  // never reads as a symbol (the lookahead after symbols).
  'h': { unit: 'heure', factor: 1 },
  ...ENERGY_MEASURES,
};

/**
 * A currency written before its amount (`EUR12mn`, `€250`: fr.figure.currency-first): the euro's code and sign.
 * Other currencies are left out: a French structure's figures are in euros, and the dollars a press
 * article gives beside them convert the same amount.
 */
export const CURRENCY_FIRST_CODES: Readonly<Record<string, string>> = { EUR: 'euro', '€': 'euro' };

/** Multipliers abbreviated after an amount whose currency comes first (`EUR2,5mn`, `€3M`, `EUR40k`, `EUR1bn`). */
export const CURRENCY_FIRST_MULTIPLIERS: Readonly<Record<string, number>> = {
  mn: 1e6, M: 1e6, m: 1e6, millions: 1e6, million: 1e6, k: 1e3, K: 1e3, bn: 1e9, Md: 1e9, Mds: 1e9, milliards: 1e9, milliard: 1e9,
};
