/**
 * The shell: a header with the sections (Bibliothèque, Revue; part 2 adds Entités, Recherche,
 * Journal, Export as more entries of SECTIONS), a live region for messages, and the screen of the
 * current address (`#/`, `#/document/12`). Addresses in the hash work both over HTTP and from
 * file:// in Electron.
 */
import { useCallback, useEffect, useState } from 'react';
import { LibraryScreen } from '../library/LibraryScreen.js';
import { ReviewScreen } from '../review/ReviewScreen.js';
import { t } from '../i18n/fr.js';
import { TechnicalDetail } from './TechnicalDetail.js';
import { NoticeContext, type Notice } from './notice.js';

type Route = { readonly screen: 'library' } | { readonly screen: 'review'; readonly documentId: number };

function parseRoute(hash: string): Route {
  const match = /^#\/document\/(\d+)/u.exec(hash);
  return match?.[1] !== undefined ? { screen: 'review', documentId: Number(match[1]) } : { screen: 'library' };
}

export function navigate(route: Route): void {
  window.location.hash = route.screen === 'library' ? '#/' : `#/document/${route.documentId}`;
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastDocument, setLastDocument] = useState<number | null>(null);
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (route.screen === 'review') setLastDocument(route.documentId);
    // A message belongs to the screen it was said on.
    setNotice(null);
  }, [route]);
  const notify = useCallback((next: Notice) => setNotice({ ...next, at: Date.now() }), []);

  return (
    <NoticeContext.Provider value={notify}>
      <div className="app">
        <header className="app-header">
          <span className="app-name">{t.appName}</span>
          <nav aria-label={t.nav.main}>
            <a href="#/" aria-current={route.screen === 'library' ? 'page' : undefined}>
              {t.nav.library}
            </a>
            {lastDocument !== null ? (
              <a href={`#/document/${lastDocument}`} aria-current={route.screen === 'review' ? 'page' : undefined}>
                {t.nav.review}
              </a>
            ) : (
              <span className="nav-disabled" aria-disabled="true">
                {t.nav.review}
              </span>
            )}
          </nav>
          <div className={`notice ${notice?.kind ?? ''}`}>
            <div role="status" aria-live="polite">
              {notice?.text ?? ''}
            </div>
            <TechnicalDetail detail={notice?.detail} />
          </div>
        </header>
        <main className="app-main">
          {route.screen === 'library' ? <LibraryScreen /> : <ReviewScreen key={route.documentId} documentId={route.documentId} />}
        </main>
      </div>
    </NoticeContext.Provider>
  );
}
