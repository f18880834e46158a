/**
 * Stems of the French words written with `â` (`bâtiment`, `théâtre`, `grâce`), lower case. OCR
 * reads that `â` as `é` or `éa` now and then; the lexicons compare words without accents, so the
 * repair that puts it back (`acute-for-circumflex-a`) only trusts a mended word holding one of
 * these stems (the common-word filter answers yes for about one unknown word in a hundred).
 */
export const CIRCUMFLEX_A_STEMS: readonly string[] = `bât bâill châte châss théâtr grâce âge âgé âme âne âpre pât plâtr
  tâch câbl gâte gâch fâch lâch mâch mâl mât hâte crân blâm râte relâch`.split(/\s+/u).filter((stem) => stem.length > 0);
