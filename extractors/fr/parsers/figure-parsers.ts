/** The figure parsers, in the order their results are preferred on equal spans. */
import type { Parser } from '../../core/types.js';
import { figureCountParser } from './figure-count.js';
import { figureCurrencyFirstParser } from './figure-currency-first.js';
import { figureJoinedTableParser } from './figure-joined-table.js';
import { figureSpacedTableParser } from './figure-spaced-table.js';
import { figureLabelledParser } from './figure-labelled.js';
import { figureSpacedRowParser } from './figure-spaced-row.js';
import { figureTableRowParser } from './figure-table-row.js';

export const FIGURE_PARSERS: readonly Parser[] = [figureCountParser, figureJoinedTableParser, figureSpacedTableParser, figureTableRowParser, figureSpacedRowParser, figureLabelledParser, figureCurrencyFirstParser];
