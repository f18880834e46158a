/** The date parsers, in the order their results are preferred on equal spans. */
import type { Parser } from '../../core/types.js';
import { dateAbsoluteParser } from './date-absolute.js';
import { dateDayListParser } from './date-day-list.js';
import { dateMonthBareParser } from './date-month-bare.js';
import { dateMonthRelativeParser } from './date-month-relative.js';
import { dateMonthYearParser } from './date-month-year.js';
import { dateNumericParser } from './date-numeric.js';
import { dateRangeParser } from './date-range.js';
import { dateWeekdayRelativeParser } from './date-weekday-relative.js';
import { dateYearParser } from './date-year.js';
import { dateLifeSpanParser } from './date-life-span.js';
import { dateRelativePeriodParser } from './date-relative-period.js';
import { dateDayRelativeParser } from './date-day-relative.js';
import { dateYearPairParser } from './date-year-pair.js';

export const DATE_PARSERS: readonly Parser[] = [dateDayListParser, dateRangeParser, dateAbsoluteParser, dateNumericParser, dateMonthYearParser, dateMonthRelativeParser, dateWeekdayRelativeParser, dateMonthBareParser, dateRelativePeriodParser, dateDayRelativeParser, dateLifeSpanParser, dateYearPairParser, dateYearParser];
