/**
 * Page text shown whole on screen (the page's text when its original is missing): each control or
 * invisible format character — a bidi override or isolate that would reorder what follows, a
 * zero-width character, an escape sequence — is shown as its visible escape (`\\u{202e}`, shown.ts),
 * marked so that it cannot be taken for the page's own text; tab and line breaks are kept.
 */
import { t } from '../i18n/fr.js';
import { shownPieces } from './shown.js';

export function ShownText(props: { text: string }) {
  return (
    <>
      {shownPieces(props.text).map((piece, index) =>
        piece.escaped ? (
          <span key={index} className="escaped-char" title={t.review.escapedChar}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
