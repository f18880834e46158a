/**
 * The review keys: one table, read by the key handler and by the help overlay, so the overlay
 * can never disagree with what the keys do. Keys are matched on the character typed
 * (`KeyboardEvent.key`), letters without modifiers: a letter is where the layout puts it, so the
 * same keys work on AZERTY and QWERTY (digits and brackets, which need Shift or AltGr on
 * AZERTY, are avoided).
 */
export type ReviewAction =
  | 'next'
  | 'previous'
  | 'accept'
  | 'reject'
  | 'edit'
  | 'undo'
  | 'extendLeft'
  | 'shrinkLeft'
  | 'shrinkRight'
  | 'extendRight'
  | 'changeType'
  | 'addFromSelection'
  | 'nextLowOcr'
  | 'nextPending'
  | 'bulk'
  | 'nextPage'
  | 'previousPage'
  | 'zoomIn'
  | 'zoomOut'
  | 'help';

export interface KeyBinding {
  readonly action: ReviewAction;
  /** `KeyboardEvent.key` values, compared case-insensitively for letters. */
  readonly keys: readonly string[];
  /** How the help overlay writes the keys. */
  readonly label: string;
  readonly description: string;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { action: 'next', keys: ['j', 'ArrowDown'], label: 'J ou ↓', description: 'Mention suivante (passe à la page suivante)' },
  { action: 'previous', keys: ['k', 'ArrowUp'], label: 'K ou ↑', description: 'Mention précédente' },
  { action: 'accept', keys: ['a', 'Enter'], label: 'A ou Entrée', description: 'Accepter et passer à la suivante' },
  { action: 'reject', keys: ['r', 'Delete'], label: 'R ou Suppr', description: 'Rejeter et passer à la suivante' },
  { action: 'edit', keys: ['e'], label: 'E', description: 'Corriger la valeur, l’unité ou le type' },
  { action: 'undo', keys: ['u'], label: 'U', description: 'Annuler la dernière action (une action groupée entière)' },
  { action: 'extendLeft', keys: ['w'], label: 'W', description: 'Étendre d’un mot à gauche' },
  { action: 'shrinkLeft', keys: ['x'], label: 'X', description: 'Réduire d’un mot à gauche' },
  { action: 'shrinkRight', keys: ['c'], label: 'C', description: 'Réduire d’un mot à droite' },
  { action: 'extendRight', keys: ['v'], label: 'V', description: 'Étendre d’un mot à droite' },
  { action: 'changeType', keys: ['t'], label: 'T', description: 'Changer le type' },
  { action: 'addFromSelection', keys: ['s'], label: 'S', description: 'Ajouter une mention depuis le texte sélectionné sur la page' },
  { action: 'nextPending', keys: ['n'], label: 'N', description: 'Prochaine mention à revoir' },
  { action: 'nextLowOcr', keys: ['b'], label: 'B', description: 'Prochaine mention sur un passage OCR peu sûr (basse confiance)' },
  { action: 'bulk', keys: ['g'], label: 'G', description: 'Rejeter les semblables (même règle ou même texte), avec aperçu' },
  { action: 'nextPage', keys: ['PageDown'], label: 'Page suiv.', description: 'Page suivante' },
  { action: 'previousPage', keys: ['PageUp'], label: 'Page préc.', description: 'Page précédente' },
  { action: 'zoomIn', keys: ['+', '='], label: '+', description: 'Agrandir la page' },
  { action: 'zoomOut', keys: ['-'], label: '-', description: 'Réduire la page' },
  { action: 'help', keys: ['?', 'h'], label: '? ou H', description: 'Afficher ou masquer cette aide' },
];

const BY_KEY = new Map<string, ReviewAction>(KEY_BINDINGS.flatMap((binding) => binding.keys.map((key) => [key.length === 1 ? key.toLowerCase() : key, binding.action] as const)));

/** The action for a key press, or undefined (modifier chords are left to the browser). */
export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ReviewAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return BY_KEY.get(event.key.length === 1 ? event.key.toLowerCase() : event.key);
}

export function keyLabel(action: ReviewAction): string {
  return KEY_BINDINGS.find((binding) => binding.action === action)?.label ?? '';
}
