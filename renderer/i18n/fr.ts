/**
 * Every piece of text the app shows, in French, in one place. Components never hold a sentence.
 */
import { shownName } from '../app/shown.js';
import type { ApiErrorCode, DocumentDateOrigin, DocumentWarning, DocumentWarningCode, MentionEvidence, MentionType } from '../../main/api/contract.js';

export const TYPE_LABELS: Record<MentionType, string> = {
  person: 'Personne',
  organisation: 'Organisation',
  date: 'Date',
  figure: 'Chiffre',
  email: 'Courriel',
  phone: 'Téléphone',
  url: 'Adresse web',
  role: 'Rôle',
};

export const STATUS_LABELS = {
  pending: 'À revoir',
  accepted: 'Accepté',
  rejected: 'Rejeté',
  edited: 'Corrigé',
} as const;

/**
 * French messages for the import error codes. The core's own detail (English, technical) is never
 * run into the sentence: it is offered apart, under « Détail technique » (`t.errors.technical`).
 */
export const IMPORT_ERRORS: Record<string, string> = {
  EMPTY_FILE: 'Le fichier est vide.',
  NOT_PDF: 'Ce fichier n’est pas un PDF.',
  NO_PAGES: 'Le PDF ne contient aucune page.',
  ENCRYPTED: 'Le PDF est protégé par un mot de passe.',
  CORRUPT_PDF: 'Le PDF est endommagé et ne peut pas être lu.',
  UNREADABLE_FILE: 'Le fichier ne peut pas être lu.',
  TIMEOUT: 'La lecture a pris trop de temps et a été abandonnée.',
  PAGE_TIMEOUT: 'Une page a pris trop de temps et la lecture a été abandonnée.',
  PAGE_TOO_COMPLEX: 'Une page est trop complexe pour être lue.',
  IMAGE_TOO_LARGE: 'Une image du document est trop grande pour être lue.',
  OCR_FAILED: 'La reconnaissance de caractères (OCR) a échoué.',
  TOO_LARGE: 'Le document est trop volumineux pour être importé (plus de 512 Mo ou de 20 000 pages).',
  DOCUMENT_TIMEOUT: 'Le document a pris trop de temps au total et sa lecture a été abandonnée.',
};

/**
 * French for the failures of one page, naming it: the core's detail begins with the page when it
 * knows it (`page 3 (preparing its image for OCR) needed more memory…`), which the French
 * sentence of the code alone (« Une page… ») left to the English detail.
 */
const PAGE_ERRORS: Record<string, (page: number) => string> = {
  PAGE_TOO_COMPLEX: (page) => `La page ${page} est trop complexe pour être lue (elle demande plus de mémoire que l’import n’en accorde) : le document n’a pas été importé.`,
  PAGE_TIMEOUT: (page) => `La page ${page} a pris trop de temps et la lecture a été abandonnée : le document n’a pas été importé.`,
};

/** The French sentence for a failure's code; `detail` is the core's message without the file name it begins with. */
export function importErrorText(code: string | null, detail?: string | null): string {
  const page = /^page (\d+) \(/u.exec(detail ?? '')?.[1];
  const paged = code !== null && page !== undefined ? PAGE_ERRORS[code]?.(Number(page)) : undefined;
  return paged ?? (code !== null ? IMPORT_ERRORS[code] : undefined) ?? 'L’import a échoué.';
}

/** Files of a folder that are not PDFs, left out of an import: how many, and why (they vanished without a word). */
export function leftOutFr(count: number): string {
  return `${count.toLocaleString('fr-FR')} autre${count > 1 ? 's' : ''} fichier${count > 1 ? 's' : ''} du dossier laissé${count > 1 ? 's' : ''} de côté : ce ne sont pas des PDF (seuls les fichiers .pdf d’un dossier sont importés).`;
}

export const t = {
  appName: 'Glaneur',
  nav: { library: 'Bibliothèque', review: 'Revue', main: 'Navigation principale' },
  library: {
    title: 'Bibliothèque',
    filter: 'Filtrer les documents',
    filterPlaceholder: 'Filtrer (titre, fichier, PTCE…)',
    statusFilter: 'État',
    all: 'Tous',
    imported: 'Importés',
    failed: 'En échec',
    toReview: 'À revoir',
    empty: 'Aucun document. Importez des PDF avec le bouton « Importer » ou en les déposant ici.',
    count: (shown: number, total: number) => (shown === total ? `${total} document${total > 1 ? 's' : ''}` : `${shown} sur ${total} documents`),
    columns: { title: 'Titre', file: 'Fichier', date: 'Date du document', ptce: 'PTCE', pages: 'Pages (texte / OCR)', mentions: 'Mentions', status: 'État' },
    // Only a capital that starts a word is lowered: « PTCE » and « OCR » stay as they are written.
    sortBy: (column: string) => `Trier par ${column.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase())}`,
    failedBadge: 'Échec',
    warnings: (count: number) => `⚠ ${count} avertissement${count > 1 ? 's' : ''}`,
    open: (name: string) => `Ouvrir ${shownName(name)} dans la revue`,
    mentionsCell: (pending: number, decided: number, rejected: number) => `${pending} à revoir · ${decided} validée${decided > 1 ? 's' : ''} · ${rejected} rejetée${rejected > 1 ? 's' : ''}`,
    dateInferred: '(déduite)',
    dateFromFileName: '(nom du fichier)',
    reextract: 'Relancer l’extraction',
    reextracting: (done: number, total: number) => `Extraction relancée : ${done} / ${total} documents`,
    reextractReport: 'Rapport de la nouvelle extraction',
    reextractSummary: (added: number, matched: number, orphaned: number, replaced: number) =>
      `${added} nouvelles mentions à revoir, ${matched} décisions conservées et réancrées, ${orphaned} décisions orphelines (gardées comme mentions manuelles), ${replaced} mentions en attente remplacées.`,
    close: 'Fermer',
    versions: (count: number) => `${count} versions`,
    versionsOf: (name: string, count: number) => `${shownName(name)} : ${count} versions du même document`,
    versionsTitle: 'Autres versions du même document',
    versionRead: 'version lue en priorité',
    versionSimilarity: (percent: number) => `texte semblable à ${formatNumberFr(percent, 0)} %`,
    versionPages: (text: number, ocr: number) => `${text} page${text > 1 ? 's' : ''} texte, ${ocr} OCR`,
    thisVersion: '(ce fichier)',
    keysHint: 'Clavier : ↑ ↓ choisir un document, Entrée l’ouvrir, → ses autres versions, ← les refermer.',
    exportCsv: 'Exporter les mentions (CSV)',
    exportCsvHint: 'Toutes les mentions du corpus avec leur état, au format d’Excel en français (séparateur « ; »)',
    exporting: 'Export en cours…',
    exported: (rows: number, fileName: string) => `${rows} mention${rows > 1 ? 's' : ''} exportée${rows > 1 ? 's' : ''} dans ${shownName(fileName)}`,
  },
  importer: {
    button: 'Importer des PDF…',
    folderButton: 'Importer un dossier…',
    drop: 'Déposez ici des fichiers PDF ou des dossiers',
    uploading: (done: number, total: number) => `Envoi des fichiers : ${done} / ${total}`,
    progress: 'Progression de l’import',
    documents: (done: number, total: number) => `Documents : ${done} / ${total}`,
    page: (name: string, page: number, pages: number) => (pages > 0 ? `${shownName(name)} : page ${page} / ${pages}` : `${shownName(name)} : page ${page}`),
    remaining: (text: string) => `Temps restant estimé : ${text}`,
    cancel: 'Annuler l’import',
    cancelling: 'Annulation : les documents en cours de lecture sont terminés et gardés…',
    finished: (imported: number, duplicates: number, failed: number, cancelled: boolean, leftOut = 0, warned = 0) =>
      `${cancelled ? 'Import annulé' : 'Import terminé'} : ${imported} importé${imported > 1 ? 's' : ''}, ${duplicates} déjà présent${duplicates > 1 ? 's' : ''}, ${failed} en échec.` +
      (warned > 0 ? ` ${warned} importé${warned > 1 ? 's' : ''} avec avertissement${warned > 1 ? 's' : ''} : voir la liste ci-dessous.` : '') +
      (leftOut > 0 ? ` ${leftOutFr(leftOut)}` : ''),
    /** An import the corpus stopped (read-only, locked, full): why, and what was not read; never a quiet « 0 importé ». */
    stopped: (reason: string, notRead: number, imported: number) =>
      `Import arrêté : ${reason} ${notRead} fichier${notRead > 1 ? 's' : ''} non importé${notRead > 1 ? 's' : ''}${imported > 0 ? ` (${imported} importé${imported > 1 ? 's' : ''} avant l’arrêt, gardé${imported > 1 ? 's' : ''})` : ''}.`,
    fileImported: (name: string, pages: number, mentions: number) => `${shownName(name)} importé : ${pagesFr(pages)}, ${mentionsFr(mentions)}`,
    /** An imported file the import left warnings on: said on its line, each warning named, never a bare « importé ». */
    fileWarned: (name: string, pages: number, mentions: number, warnings: readonly DocumentWarning[]) =>
      `${shownName(name)} importé avec ${warnings.length} avertissement${warnings.length > 1 ? 's' : ''} (${pagesFr(pages)}, ${mentionsFr(mentions)}) : ${warnings.map(warningText).join(' ; ')}`,
    fileDuplicate: (name: string) => `${shownName(name)} : déjà dans le corpus (même contenu)`,
    /** A document the memory watchdog stopped, read again alone at the end: said at once, since its line comes last. */
    fileReadAgain: (name: string, beside: boolean) =>
      `${shownName(name)} : arrêté faute de mémoire ${beside ? 'pendant qu’un autre document était lu en même temps' : 'alors que la mémoire gardée par les documents précédents comptait contre lui'} ; il sera relu seul une fois les autres terminés`,
    /** A failed file: its name and the French sentence for its code; the core's detail is shown apart, on demand. */
    fileFailed: (name: string, code: string | null, detail?: string) => `${shownName(name)} : ${importErrorText(code, detail)}`,
    noPdf: (leftOut = 0) => `Aucun fichier PDF parmi les fichiers déposés.${leftOut > 0 ? ` ${leftOutFr(leftOut)}` : ''}`,
  },
  review: {
    back: 'Retour à la bibliothèque',
    page: (page: number, pages: number) => `Page ${page} / ${pages}`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    zoomIn: 'Agrandir',
    zoomOut: 'Réduire',
    zoom: (percent: number) => `${percent} %`,
    sourceText: 'Page lue dans la couche texte du PDF',
    sourceOcr: (confidence: number | null) => `Page lue par OCR${confidence === null ? '' : ` (confiance moyenne ${formatNumberFr(confidence, 0)} %)`}`,
    shadeLowOcr: 'Griser les mots peu sûrs (OCR)',
    pageImage: (page: number) => `Image de la page ${page}`,
    mentionsOf: 'Mentions du document',
    pageGroup: (page: number, count: number) => `Page ${page} — ${count} mention${count > 1 ? 's' : ''}`,
    noMentions: 'Aucune mention dans ce document.',
    noOriginal: 'Le PDF d’origine n’est pas dans le corpus ni à son emplacement d’import : seules les mentions sont affichées.',
    confidence: (value: number) => `confiance ${formatNumberFr(value * 100, 0)} %`,
    rule: (rule: string) => `règle ${rule}`,
    counts: (pending: number, total: number) => `${pending} à revoir sur ${total}`,
    loading: 'Chargement…',
    actions: 'Actions sur la mention',
    accept: 'Accepter',
    reject: 'Rejeter',
    edit: 'Corriger',
    undo: 'Annuler la dernière action',
    previous: 'Mention précédente',
    next: 'Mention suivante',
    nextPending: 'Prochaine à revoir',
    nextLowOcr: 'Prochaine OCR peu sûre',
    extendLeft: 'Étendre à gauche',
    shrinkLeft: 'Réduire à gauche',
    shrinkRight: 'Réduire à droite',
    extendRight: 'Étendre à droite',
    changeType: 'Changer le type',
    addFromSelection: 'Ajouter la sélection',
    bulk: 'Rejeter les semblables…',
    help: 'Raccourcis clavier',
    undone: (count: number) => (count > 1 ? `${count} changements annulés` : 'Changement annulé'),
    nothingToUndo: 'Rien à annuler.',
    selectFirst: 'Sélectionnez d’abord du texte sur la page.',
    noneLeft: 'Plus aucune mention à revoir dans ce document.',
    noLowOcr: 'Aucune autre mention sur un passage OCR peu sûr.',
    why: 'Pourquoi cette mention',
    whyRule: 'Règle',
    whyEvidence: 'Indices',
    whyContext: 'Phrase',
    escapedChar: 'caractère invisible ou de contrôle du texte, montré par son code',
    whyNone: 'Sélectionnez une mention pour voir pourquoi elle a été proposée.',
    legend: 'Légende des couleurs et des traits',
    legendTypes: 'Types',
    legendStatuses: 'États',
    warnings: 'Avertissements de l’import',
    warningsIntro: (count: number) => `L’import a laissé ${count} avertissement${count > 1 ? 's' : ''} sur ce document : vérifiez ${count > 1 ? 'ces pages' : 'cette page'}.`,
  },
  edit: {
    title: 'Corriger la mention',
    value: 'Valeur normalisée',
    unit: 'Unité',
    type: 'Type',
    save: 'Enregistrer',
    cancel: 'Annuler',
  },
  add: {
    title: 'Ajouter une mention',
    text: 'Texte sélectionné',
    prefilled: 'Type et valeur proposés par les extracteurs',
    notRead: 'Les extracteurs ne reconnaissent rien ici : indiquez le type et la valeur.',
    save: 'Ajouter',
  },
  bulk: {
    title: 'Rejeter les mentions semblables',
    match: 'Semblables par',
    byRule: 'même règle',
    byText: 'même texte',
    scope: 'Portée',
    onPage: 'sur cette page',
    inDocument: 'dans tout le document',
    preview: (count: number) => `${count} mention${count > 1 ? 's' : ''} seront rejetées :`,
    none: 'Aucune autre mention à rejeter.',
    apply: (count: number) => `Rejeter ces ${count} mentions`,
    applied: (count: number) => `${count} mentions rejetées en une étape (u pour annuler).`,
  },
  documentDate: {
    label: 'Date du document',
    unknown: 'inconnue',
    /** Where the date comes from, after it in the header. */
    origin: {
      person: '(indiquée à la main)',
      text: '(lue dans le document)',
      'file-name': '(lue dans le nom du fichier : à vérifier)',
    } satisfies Record<DocumentDateOrigin, string>,
    change: 'Changer la date du document',
    title: 'Date du document',
    explain:
      'Les dates sans année (« 12 mars ») et les dates relatives (« mardi prochain ») du document sont lues par rapport à cette date. Les mentions déjà acceptées, rejetées ou corrigées ne changent pas.',
    field: 'Date (AAAA, AAAA-MM, AAAA-MM-JJ ou JJ/MM/AAAA)',
    invalid: (typed: string) => `« ${typed} » n’est pas une date : écrivez par exemple 2023-05-20, 20/05/2023, 05/2023 ou 2023.`,
    save: 'Enregistrer et relire les dates',
    clear: 'Revenir à la date lue dans le texte',
    cancel: 'Annuler',
    saved: (date: string) => `Date du document : ${date}. Ses dates ont été relues.`,
    cleared: 'Date indiquée à la main retirée : les dates du document ont été relues d’après son texte.',
  },
  help: {
    title: 'Raccourcis clavier',
    intro: 'Les touches sont des lettres sans modificateur : elles marchent en AZERTY comme en QWERTY.',
    close: 'Fermer',
  },
  errors: {
    unexpected: 'Une erreur inattendue est survenue.',
    /** An API error in French; its technical detail (English, from the core) goes apart, under `technical`. */
    api: (error: { readonly code: ApiErrorCode; readonly message: string }) => API_ERRORS[error.code],
    /** The label of a message's technical detail, shown on demand (a disclosure), never run into the French sentence. */
    technical: 'Détail technique',
  },
};

/**
 * French text for every API error code. A `Record` over the contract's code list: a new code is a
 * compile error here until it has its sentence.
 */
export const API_ERRORS: Record<ApiErrorCode, string> = {
  INVALID_ARGUMENT: 'Demande invalide.',
  UNKNOWN_METHOD: 'Action inconnue.',
  NOT_FOUND: 'Élément introuvable : il a peut-être été supprimé.',
  NOTHING_TO_UNDO: 'Rien à annuler.',
  UNDO_UNAVAILABLE: 'Impossible d’annuler : la mention concernée n’existe plus et ne peut pas être restaurée.',
  DB_TOO_NEW: 'Ce corpus a été écrit par une version plus récente de Glaneur.',
  CORPUS_NOT_FOUND: 'Le fichier du corpus est introuvable.',
  NOT_A_CORPUS: 'Ce fichier n’est pas un corpus Glaneur ; il n’a pas été modifié.',
  CORPUS_UNREADABLE: 'Le fichier du corpus est endommagé ou illisible.',
  CORPUS_READ_ONLY: 'Le corpus est en lecture seule : il peut être consulté et exporté, mais les décisions ne peuvent pas être enregistrées.',
  CORPUS_BUSY: 'Le corpus est verrouillé par un autre programme : réessayez quand il aura fini.',
  CORPUS_FULL: 'Le corpus n’a pas pu grandir : le disque est plein, ou le fichier a atteint la taille permise. Rien de plus n’a été écrit ; libérez de la place (ou déplacez le corpus), puis refaites la même action.',
  OUTPUT_REFUSED: 'Destination refusée : l’export n’a pas été écrit.',
  OUTPUT_FAILED: 'L’export n’a pas pu être écrit ; le fichier précédent est resté tel quel.',
  IMPORT_FAILED: 'L’import a échoué.',
  INTERNAL: 'Erreur interne.',
};

/** French labels of the warnings an import leaves on a document (a `Record`, as above). */
export const WARNING_LABELS: Record<DocumentWarningCode, string> = {
  OCR_NO_TEXT: 'page scannée dont l’OCR n’a lu aucun texte',
  OCR_LOW_CONFIDENCE: 'OCR très peu sûr : texte et mentions à vérifier',
  PAGE_TURNED: 'page scannée de travers, lue à l’endroit',
  TEXT_LAYER_MISMATCH: 'texte invisible de la page différent de ce qu’elle montre : texte lu par OCR',
  TEXT_OFF_PAGE: 'texte placé hors du cadre de la page : non lu, comme un lecteur PDF ne le montre pas',
  TEXT_LAYER_BACKWARDS: 'texte de la page écrit de droite à gauche, lettres à l’envers : page lue par OCR',
  PAGES_UNREACHABLE: 'pages introuvables dans l’arborescence du fichier (boucle, nœud manquant) : laissées de côté',
  PAGE_CONTENT_DAMAGED: 'contenu de la page en partie illisible : ce qui a pu être lu est importé, son texte peut être incomplet',
};

/**
 * Labels for a warning that stands for several pages (`pages`): every code has its own (a
 * `Record`, so a new code without its plural does not compile), as the singular would misread.
 */
const WARNING_LABELS_PLURAL: Record<DocumentWarningCode, string> = {
  OCR_NO_TEXT: 'pages scannées dont l’OCR n’a lu aucun texte',
  OCR_LOW_CONFIDENCE: 'OCR très peu sûr sur ces pages : texte et mentions à vérifier',
  PAGE_TURNED: 'pages scannées de travers, lues à l’endroit',
  TEXT_LAYER_MISMATCH: 'texte invisible de ces pages différent de ce qu’elles montrent : texte lu par OCR',
  TEXT_OFF_PAGE: 'texte placé hors du cadre de ces pages : non lu, comme un lecteur PDF ne le montre pas',
  TEXT_LAYER_BACKWARDS: 'texte de ces pages écrit de droite à gauche, lettres à l’envers : pages lues par OCR',
  PAGES_UNREACHABLE: 'pages introuvables dans l’arborescence du fichier (boucle, nœud manquant) : laissées de côté',
  PAGE_CONTENT_DAMAGED: 'contenu de ces pages en partie illisible : ce qui a pu être lu est importé, leur texte peut être incomplet',
};

/** Most page numbers a warning writes out. */
const LISTED_PAGES = 10;

/** One warning as a person reads it: `p. 3 : OCR très peu sûr…`, `p. 2, 5, 7 : contenu de ces pages…`. */
export function warningText(warning: DocumentWarning): string {
  const pages = warning.pages ?? [];
  if (pages.length > 1) {
    const listed = pages.slice(0, LISTED_PAGES).join(', ') + (pages.length > LISTED_PAGES ? `… (${pages.length} en tout)` : '');
    return `p. ${listed} : ${WARNING_LABELS_PLURAL[warning.code]}`;
  }
  return `${warning.page === null ? '' : `p. ${warning.page} : `}${WARNING_LABELS[warning.code]}`;
}

function pagesFr(count: number): string {
  return `${count} page${count > 1 ? 's' : ''}`;
}

function mentionsFr(count: number): string {
  return `${count} mention${count > 1 ? 's' : ''}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** `12,5` — French decimal comma and narrow spaces for thousands. */
export function formatNumberFr(value: number, digits = 1): string {
  let format = numberFormats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2025-03-12` → `12 mars 2025`; partial dates (`2025-03`, `2025`) as far as they go. */
export function formatDateFr(iso: string | null): string {
  if (iso === null || iso === '') return '—';
  const [year, month, day] = iso.split('-');
  if (day !== undefined && month !== undefined) return dateFormat.format(new Date(`${year}-${month}-${day}T00:00:00Z`));
  if (month !== undefined) return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
  return year ?? iso;
}

/** A duration the way a person says it: `45 s`, `3 min`, `1 h 20 min`. */
export function formatDurationFr(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A mention's normalised value as the list shows it: French figures (`12,5`) stay readable. */
export function formatValue(type: MentionType, value: string): string {
  if (type === 'date') return /^\d{4}(-\d{2}){0,2}$/u.test(value) ? `${formatDateFr(value)} (${value})` : value;
  return value;
}

/**
 * What each extractor rule reads, in plain French: the "why" of a mention in Revue. A rule that is
 * not listed (one added later) is described by its family (`fr.organisation.…`), see `ruleText`.
 */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  user: 'ajoutée à la main pendant la revue',
  fr: 'une règle des extracteurs',
  'fr.contact': 'une coordonnée',
  'fr.contact.email': 'une adresse électronique',
  'fr.contact.phone': 'un numéro de téléphone français',
  'fr.contact.url': 'une adresse web (avec http:// ou www.)',
  'fr.date': 'une date',
  'fr.date.absolute': 'un jour et un mois, avec une année ou « dernier » / « prochain » (le 3 mai 2025)',
  'fr.date.month-bare': 'un mois sans année après une préposition (en janvier) : l’année est celle du document',
  'fr.date.month-relative': 'un mois placé avant ou après la date du document (en mars dernier)',
  'fr.date.month-year': 'un mois et une année (juillet 2021)',
  'fr.date.numeric': 'une date en chiffres (13/05/2025)',
  'fr.date.range': 'une période entre deux dates (du 3 au 5 mars)',
  'fr.date.weekday-relative': 'un jour de la semaine rapporté à la date du document (vendredi dernier)',
  'fr.date.year': 'une année employée comme date (en 2021, depuis 2019)',
  'fr.figure': 'un chiffre',
  'fr.figure.count': 'un nombre suivi de ce qu’il compte (26 réunions, 12,5 ETP)',
  'fr.figure.count.ellipsis': 'un nombre seul qui reprend ce que compte le chiffre juste avant',
  'fr.figure.ellipsis': 'un nombre seul qui reprend ce que compte le chiffre juste avant',
  'fr.figure.labelled': 'une ligne d’indicateur « Libellé : valeur »',
  'fr.figure.spaced-row': 'une ligne de tableau d’indicateurs (colonnes séparées par des espaces)',
  'fr.figure.table-row': 'une ligne de tableau d’indicateurs (Libellé | 41 | 53)',
  'fr.organisation': 'une organisation',
  'fr.organisation.acronym': 'un sigle d’organisation',
  'fr.organisation.apposition': 'un nom suivi de ce qu’est la structure (X, coopérative d’énergie)',
  'fr.organisation.brand': 'un nom de marque, avec une majuscule au milieu d’un mot',
  'fr.organisation.candidate': 'un nom sans mot de type, retenu parce que les indices ci-dessous l’emportent',
  'fr.organisation.cued': 'un nom annoncé par ce qui en est dit (porté par X, en partenariat avec X)',
  'fr.organisation.firm': 'une entreprise au nom de ses fondateurs (X & Fils)',
  'fr.organisation.friends-of': 'une association d’amis, qui se nomme « Amis de … » (les Amis du musée de X)',
  'fr.organisation.legal-form-after': 'un nom suivi de sa forme juridique (X SCOP, X SARL)',
  'fr.organisation.list-neighbours': 'un nom dans une liste, à côté d’une organisation déjà reconnue',
  'fr.organisation.lower-list-member': 'un nom en minuscules entre deux organisations d’une même liste',
  'fr.organisation.named': 'un nom annoncé par un mot de type (association, réseau, PTCE…)',
  'fr.organisation.network-branch': 'l’antenne locale d’un réseau national, nommée par son territoire',
  'fr.organisation.plural-kind': 'des noms énumérés après un type de structure au pluriel (les associations X, Y et Z)',
  'fr.organisation.public-body': 'un organisme public désigné par un nom commun (la Région, l’État)',
  'fr.organisation.regional': 'un nom suivi d’une région : une branche régionale',
  'fr.organisation.same-document': 'un nom reconnu comme organisation ailleurs dans le document',
  'fr.organisation.table-row': 'la case « nom » d’un tableau de structures',
  'fr.organisation.territory-body': 'une collectivité : un territoire suivi de Communauté, Agglo, Métropole…',
  'fr.organisation.well-known': 'un nom connu de l’ESS : réseau, financeur, fondation ou service public national',
  'fr.known-name': 'un nom déjà validé ailleurs dans le corpus',
  'fr.person': 'une personne',
  'fr.person.directory': 'une entrée d’annuaire : un prénom et un NOM en capitales',
  'fr.person.initials': 'des initiales et un nom de famille (J.-Y. Martin)',
  'fr.person.name': 'un prénom connu suivi d’un nom de famille',
  'fr.person.reversed': 'un NOM en capitales suivi d’un prénom connu',
  'fr.role': 'le rôle d’une personne dans une organisation',
  'fr.role.apposition': 'un rôle accolé au nom (X, présidente de Y)',
  'fr.role.leads-list': 'un rôle au pluriel suivi d’une liste de personnes (chefs de file : …)',
  'fr.role.parenthesis': 'un rôle entre parenthèses après le nom',
  'fr.role.signature': 'un bloc de signature : le nom, puis le rôle et la structure en dessous',
  'fr.role.table-column': 'un tableau dont l’en-tête de colonne nomme le rôle',
  'fr.role.table-row': 'une ligne de tableau Nom | Fonction | Structure',
  'fr.role.title-before': 'un titre avant le nom (la directrice, X)',
};

/**
 * A rule in plain French: its own description, else its nearest family's (`fr.figure.count.x` →
 * `fr.figure.count` → `fr.figure`), else its id. Never blank.
 */
export function ruleText(rule: string): string {
  for (let id = rule; id !== ''; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '') {
    const label = RULE_LABELS[id];
    if (label !== undefined) return id === rule ? label : `${label} (${rule})`;
  }
  return `règle ${rule}`;
}

/**
 * The evidence names a mention carries (`MentionRecord.evidence`), as short French phrases. Every
 * name of `MentionEvidence` must have one and a misspelt key is a compile error; a name outside
 * that type (the fitted decision's `fit:` features) is shown by `evidenceText`'s fallback, never blank.
 */
export const EVIDENCE_LABELS = {
  'list-with-organisation': 'dans une liste dont d’autres noms sont des organisations',
  'list-cue': 'la liste est annoncée comme une liste de structures (adhérents, partenaires…)',
  'long-list': 'dans une longue liste (4 noms ou plus)',
  'place-dash-line': 'sur une ligne « lieu – nom »',
  'quoted-name': 'écrit entre guillemets',
  'after-cue-word': 'après un mot qui annonce une structure',
  'distinctive-word': 'contient un mot distinctif (ni mot courant, ni lieu, ni prénom)',
  'title-case': 'plusieurs mots à majuscule',
  'coined-word': 'un mot forgé, avec une majuscule au milieu',
  'capitalised-article': 'commence par La, Le ou Les avec une majuscule',
  'known-name': 'nom déjà validé ailleurs dans le corpus',
  'same-document': 'reconnu comme organisation ailleurs dans le document',
  'person-like': 'contre : ressemble à un nom de personne',
  place: 'contre : est un nom de lieu',
  'place-siblings': 'contre : dans une liste dont la plupart des autres noms sont des lieux',
  'person-siblings': 'contre : dans une liste dont la plupart des autres noms sont des personnes',
  'place-context': 'contre : un lieu d’après ce qui l’entoure (« quartier de », « rue », un code postal)',
  'common-word': 'contre : un seul mot courant',
  'capital-mid-sentence': 'un mot courant écrit avec une majuscule au milieu d’une phrase (« qui réunit X, le… »)',
  'calendar-word': 'contre : contient un mois ou un jour de la semaine',
  'glued-article': 'contre : commence par un article ou une élision collé à un mot courant (« Lentreprise », un début de phrase mal lu)',
  'lower-word-after': 'contre : un seul mot à majuscule suivi d’un nom ou d’un adjectif en minuscules (le nom continue, ou c’est une expression)',
  'name-before': 'contre : suit un mot à majuscule et « du », « des », « pour la »… (la fin d’un nom plus long)',
  'article-mid-sentence': 'La, Le ou Les à majuscule au milieu d’une phrase',
  'region-bracket': 'suivi d’un département ou d’une région entre parenthèses',
  'possessive-role': 'suivi d’un rôle qui lui appartient (« et sa directrice »)',
  'kind-example': 'donné en exemple d’un type de structure (« des associations comme… »)',
  'verb-subject': 'sujet d’un verbe d’action de structure (accompagne, emploie…)',
  'cleft-subject': 'sujet mis en relief (« c’est X qui… »)',
  coordinated: 'coordonné à une autre structure (« X et l’association Y »)',
  'kind-after': 'suivi du type de structure qu’il est (« X, association de… »)',
  'dash-kind': 'suivi d’un tiret et du type de structure, sans article (« X – coopérative de… »)',
  'kind-quoted': 'entre guillemets juste après un type de structure, ou suivi de lui (« X », une Scic)',
  'acronym-before-name': 'après un type de structure écrit en toutes lettres et son sigle entre parenthèses (« la Société coopérative d’intérêt collectif (SCIC) X »)',
  'kind-anaphora': 'un sigle seul (« le CCAS ») qui reprend la seule structure de ce type que le document nomme',
  'title-run': 'trois mots à majuscule ou plus au fil d’une phrase',
  'plain-title-run': 'contre : suite de mots courants à majuscule avec un pluriel ou un « et » (« la Commission des Finances Locales »), sans autre indice',
  'role-after': 'contre : suivi d’une fonction de personne',
  'person-role': 'après la fonction d’une personne (« gérante de X »)',
  'bare-capital': 'un mot courant à majuscule sans article après « porté par », « en lien avec »… (« porté par X »)',
  'parent-after': 'suivi de « de » et de l’organisme dont il dépend (« le laboratoire X de l’université Y »)',
  'code-word': 'contient un code écrit chiffre d’abord (« l’association Les 7QX »)',
  'capitals-before-name': 'un sigle en capitales avant un mot du nom (« l’entreprise SON Tri… »)',
  'title-case-acronym': 'un sigle connu écrit comme un mot après un article (« la Cress », « l’Urssaf »)',
  'dotted-acronym': 'un sigle écrit avec un point après chaque capitale (« l’U.R.S.S.A.F. »)',
  'person-affiliation': 'écrit juste après le nom d’une personne (« Marie Durand, X »)',
  attendance: 'devant « : » et le nom d’une personne, dans une liste de présents',
  'award-winner': 'lauréat d’un prix (« prix … pour X », « remporté par X »)',
  'credit-line': 'crédité d’une photo ou d’une source (« Photo : X »)',
  'kind-before': 'entre virgules après un type de structure (« une compagnie, X, … »)',
  'heading-repeated': 'seul sur sa ligne (un titre), puis repris tel quel dans le texte qui suit',
  'list-siblings': 'dans une liste dont la plupart des autres noms sont retenus comme organisations',
  'after-preposition': 'après « avec », « chez », « auprès de » ou « rejoint par »',
  'person-named': 'un établissement suivi du nom d’une personne (« lycée Louise Morvan »)',
  'numbered-name': 'un mot suivi d’un numéro de département (« Relais 52 »)',
  'bracket-name': 'seul entre parenthèses après sa description ou « dont », « exemple » (« le bistrot associatif (X) »)',
  'paired-name': 'deux noms communs à majuscule joints par « et » au milieu d’une phrase (« membre de Terre et Partage »)',
  'coined-name': 'mot forgé avec une apostrophe que le français n’écrit pas (« le concept de Kalim’Eco »)',
  'lower-brand': 'nom en minuscules que le français n’écrit pas, après un type de structure ou un rôle (« l’association kalvoiture.org », « directrice d’ïbrak »)',
  'article-coined': 'mot inconnu des dictionnaires, à majuscule après un article en minuscules dans une phrase (« à la Brindaille »)',
  'department-numbered': 'un nom suivi du numéro d’un département que la page nomme (« la Passerelle 38 », en Isère)',
  'sentence-case-place': 'un nom à une majuscule, un mot en minuscules, « de » et une ville connue, que la phrase ferme (« le Grand atelier de Lunel a ouvert »)',
  'number-pair': 'deux nombres joints par « pour », bornés en nom par un mot à majuscule ou un territoire (« la Coop 3 pour 50 »)',
  'entry-line': 'en tête d’une ligne d’une liste de lauréats (« Nom (Département) : … », « 1er prix : Nom, … »)',
  'list-head': 'en tête d’un élément d’une liste à puces, avant son séparateur (« • Nom à Ville : … », « - Nom – Prénom Nom »)',
  'kind-then-name': 'après un type de structure et sa description (« l’organisme de formation X »)',
  'press-cue': 'titre de presse annoncé (« le journal X », « publié dans X »)',
  'meeting-of': 'structure dont on tient l’assemblée générale (« l’assemblée générale des X »)',
  'capitalised-kind': 'type de structure à majuscule suivi de sa description (« l’Union départementale des jardins partagés »)',
} as const satisfies Record<MentionEvidence, string>;

/** One evidence name in French; an unknown one as `indice « nouveau nom »` (its words, not blank). */
export function evidenceText(name: string): string {
  const label = (EVIDENCE_LABELS as Readonly<Partial<Record<string, string>>>)[name];
  if (label !== undefined) return label;
  const words = name.replace(/[-_.]+/gu, ' ').trim();
  return `indice « ${words === '' ? '?' : words} »`;
}
