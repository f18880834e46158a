/**
 * A message's technical detail (the core's English text, an error code), offered on demand under
 * « Détail technique » beside the French sentence: an analyst reads the sentence, whoever helps
 * them can open the detail (keyboard: Tab to it, Entrée or Espace).
 */
import { shownName } from './shown.js';
import { t } from '../i18n/fr.js';
import type { Notice } from './notice.js';

export function TechnicalDetail(props: { detail: string | null | undefined }) {
  if (props.detail === null || props.detail === undefined || props.detail === '') return null;
  return (
    <details className="tech-detail" onClick={(event) => event.stopPropagation()}>
      <summary>{t.errors.technical}</summary>
      <span className="tech-text" lang="en">
        {shownName(props.detail)}
      </span>
    </details>
  );
}

/** An error shown in place (a screen that could not load): the French sentence, its detail apart. */
export function ErrorLine(props: { error: Notice }) {
  return (
    <div className="error-line">
      <p className="error-text">{props.error.text}</p>
      <TechnicalDetail detail={props.error.detail} />
    </div>
  );
}
