import { FILLERS } from './rule-words.ts';

/** The words of a message, each marked once something has read it. */
export class Words {
  readonly list: readonly string[];
  readonly #used: boolean[];

  constructor(text: string) {
    this.list = text
      .toLowerCase()
      .replace(/[“”"‘’'`]/g, ' ')
      .replace(/[,;:!?()[\]{}]/g, ' ')
      .split(/\s+/)
      .map((word) => word.replace(/^[.]+|[.]+$/g, ''))
      .filter((word) => word !== '');
    this.#used = this.list.map(() => false);
  }

  at(index: number): string | undefined {
    return this.list[index];
  }

  isFree(index: number): boolean {
    return index >= 0 && index < this.list.length && !this.#used[index];
  }

  use(...indexes: number[]): void {
    for (const index of indexes) this.#used[index] = true;
  }

  /** Indexes of the unread words that are in `set`. */
  find(set: ReadonlySet<string>): number[] {
    return this.list.flatMap((word, index) => (this.isFree(index) && set.has(word) ? [index] : []));
  }

  has(set: ReadonlySet<string>): boolean {
    return this.list.some((word) => set.has(word));
  }

  /** The unread words that carry meaning: if there are any, the message said more than the rules read. */
  leftover(): string[] {
    return this.list.filter((word, index) => this.isFree(index) && !FILLERS.has(word));
  }
}
