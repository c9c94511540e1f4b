/** The first words of a text, lower-cased, without punctuation. */
export function firstWords(text: string, count: number): string[] {
  return (text.toLocaleLowerCase('fr').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).slice(0, count);
}

/**
 * Whether two texts start with the same words: the first two, or the one word of a
 * one-word text (« Oui », « Non »).
 */
export function sameStart(a: string, b: string): boolean {
  const wordsA = firstWords(a, 2);
  const wordsB = firstWords(b, 2);
  const n = Math.min(wordsA.length, wordsB.length);
  return n > 0 && wordsA.slice(0, n).join(' ') === wordsB.slice(0, n).join(' ');
}
