/**
 * "Why this mention": the selected mention's rule in plain French and, for an evidence-scored rule,
 * each piece of evidence that fired as a short French phrase (fr.ts; an unknown name still shows).
 */
import { memo } from 'react';
import type { MentionRecord } from '../../main/api/contract.js';
import { evidenceText, ruleText, t, TYPE_LABELS } from '../i18n/fr.js';
import { typeStyle } from './type-colours.js';
import { shownLine } from '../app/shown.js';

export const WhyPanel = memo(function WhyPanel(props: { mention: MentionRecord | undefined }) {
  const mention = props.mention;
  if (mention === undefined) {
    return (
      <section className="why" aria-label={t.review.why}>
        <p className="muted">{t.review.whyNone}</p>
      </section>
    );
  }
  return (
    <section className={`why type-${mention.type}`} style={typeStyle(mention.type)} aria-label={t.review.why} data-mention-id={mention.id}>
      <h2>
        <span className="type-chip">{TYPE_LABELS[mention.type]}</span> {shownLine(mention.text)}
      </h2>
      <dl>
        <dt>{t.review.whyRule}</dt>
        <dd data-testid="why-rule">
          {ruleText(mention.rule)} <code className="muted">{mention.rule}</code>
        </dd>
        {mention.evidence.length > 0 ? (
          <>
            <dt>{t.review.whyEvidence}</dt>
            <dd>
              <ul data-testid="why-evidence">
                {mention.evidence.map((name) => (
                  <li key={name} data-evidence={name}>
                    {evidenceText(name)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {mention.context !== '' ? (
          <>
            <dt>{t.review.whyContext}</dt>
            <dd className="why-context">{shownLine(mention.context)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
});
