/**
 * The legend of the review screen: what each colour (mention type) and each line style (status)
 * means, drawn with the same colours and borders as the highlights, so it cannot drift from them.
 */
import { memo } from 'react';
import type { MentionType } from '../../main/api/contract.js';
import { STATUS_LABELS, t, TYPE_LABELS } from '../i18n/fr.js';
import { legendEntries, TYPE_COLOURS } from './type-colours.js';

const TYPES = Object.keys(TYPE_COLOURS) as MentionType[];
const STATUSES = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];

export const Legend = memo(function Legend() {
  return (
    <section className="legend" aria-label={t.review.legend}>
      <ul aria-label={t.review.legendTypes}>
        {legendEntries(TYPES).map((entry) => (
          <li key={entry.colour} data-types={entry.types.join(' ')} style={{ '--c': entry.colour } as React.CSSProperties}>
            <span className={`swatch type-${entry.types[0] ?? ''}`} aria-hidden="true" />
            <span className="legend-label">{entry.types.map((type) => TYPE_LABELS[type]).join(', ')}</span>
          </li>
        ))}
      </ul>
      <ul aria-label={t.review.legendStatuses}>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`swatch status-${status}`} aria-hidden="true" />
            {STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
    </section>
  );
});
