import type { Lexicon } from './options.ts';
import { queryTerm, tokenize } from './text.ts';

/** A lexicon ready for queries: each entry's words (folded, singular) → the query terms of what it names. */
export interface CompiledLexicon {
  entries: Map<string, string[]>;
  /** The most words an entry has (« mot de passe »: 3). */
  longest: number;
}

/**
 * An entry matches the words typed, in the singular: not their stem, which would make
 * « publication » an entry for « publicité » (both « public »).
 */
const keyOf = (words: string[]) => words.map((w) => w.replace(/(?<=..)[sx]$/, '')).join(' ');

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const entries = new Map<string, string[]>();
  let longest = 0;
  for (const [words, targets] of Object.entries(lexicon)) {
    const tokens = tokenize(words);
    longest = Math.max(longest, tokens.length);
    entries.set(keyOf(tokens), [...new Set(targets.flatMap((target) => tokenize(target).flatMap((w) => queryTerm(w) ?? [])))]);
  }
  return { entries, longest };
}

/** The query terms the lexicon adds for the words typed (folded, as `tokenize` gives them): every run of words that is an entry. */
export function expand(words: string[], lexicon: CompiledLexicon): string[] {
  const terms = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let n = 1; n <= lexicon.longest && start + n <= words.length; n++) {
      for (const term of lexicon.entries.get(keyOf(words.slice(start, start + n))) ?? []) terms.add(term);
    }
  }
  return [...terms];
}
