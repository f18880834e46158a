/**
 * The words of a text after a name's first word, read and keyed one at a time, only as far as a
 * lookup asks (most names under a first word fail on the next word, so the rest is never read).
 * Shared by the name lists matched word by word: the gazetteer of well-known organisations
 * (gazetteer.ts) and the official intercommunalities (intercommunality.ts), each with its own
 * idea of what separates two words and of a word's key.
 */

/** A word of the text, its key for comparison, and where it ends. */
export interface TextWord {
  readonly word: string;
  readonly key: string;
  readonly end: number;
}

export class WordsAfter {
  private readonly words: TextWord[] = [];
  private position: number;

  /**
   * `nextWord`: a sticky pattern (`y`) matching the separator and the next word in its group `word`;
   * `keyOf`: a word's key as the name list holds it.
   */
  constructor(
    private readonly text: string,
    offset: number,
    private readonly nextWord: RegExp,
    private readonly keyOf: (word: string) => string,
  ) {
    this.position = offset;
  }

  /** The `index`-th word after the first (0: the next one), or undefined past the text's last word. */
  at(index: number): TextWord | undefined {
    while (this.words.length <= index) {
      this.nextWord.lastIndex = this.position;
      const match = this.nextWord.exec(this.text);
      if (match === null) return undefined;
      this.position = this.nextWord.lastIndex;
      const word = match.groups?.['word'] ?? '';
      this.words.push({ word, key: this.keyOf(word), end: this.position });
    }
    return this.words[index];
  }
}
