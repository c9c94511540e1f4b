import type { SearchField } from './options.ts';
import { stem } from './text.ts';

/** A situation the query found, with the document terms that match the query as typed and the fields they are in. */
export type Candidate<Stored> = Stored & {
  id: string;
  score: number;
  exact: Set<string>;
  fields: Set<SearchField>;
};

/**
 * Which document terms match the query as typed: a query term itself or its stem (the lexicon's
 * terms included), or, for the word still being typed (the last, with nothing after it), a
 * word it begins, unless it is already a whole word of the index (« direct » is not the start
 * of « directeur »). Never a forgiven typo, nor the start of an earlier word.
 *
 * @param queryTerms the query's terms and the lexicon's
 * @param typing the last word's term when the query ends inside it
 * @param found every document term the search matched
 */
export function exactMatcher(queryTerms: string[], typing: string | null, found: string[]): (term: string) => boolean {
  const terms = new Set(queryTerms);
  const prefix = typing !== null && !found.includes(typing) ? typing : null;
  return (term) => terms.has(term) || terms.has(stem(term)) || (prefix !== null && term.startsWith(prefix));
}

/**
 * A hit is kept when its score is at least this fraction of the best one's; a lower fraction
 * when a word of the query is in its title or keywords, which name what the situation is about
 * (« pause » is a keyword of four situations, and the best of them scores far above the others).
 */
export const SCORE_FLOOR = { anywhere: 0.3, titleOrKeywords: 0.2 };

/** The hits (best first) not far below the best, or below `top` when they are judged against hits elsewhere. */
export function aboveFloor<T extends { score: number; fields: Set<string> }>(hits: T[], top = hits[0]?.score ?? 0): T[] {
  return hits.filter((h) => h.score >= (h.fields.has('title') || h.fields.has('keywords') ? SCORE_FLOOR.titleOrKeywords : SCORE_FLOOR.anywhere) * top);
}

/**
 * On an organisation's page, its own hits are judged among themselves (a strong match elsewhere
 * does not hide them), but against no less than this share of the best hit anywhere: a word
 * that squarely finds another organisation's situation does not bring up every own situation
 * that merely mentions it.
 */
export const OWN_REFERENCE_SHARE = 1 / 3;
