import type { AsPlainObject, Options, SearchOptions } from 'minisearch';
import { indexTerm, queryTerm, tokenize } from './text.ts';

/**
 * The fields searched, most telling first: « why it matched » names the first one that did.
 * `otherLanguage` holds the scenario's title and keywords in the other language, so that an
 * English word typed on a French page (or the reverse) still finds it.
 */
export const SEARCH_FIELDS = ['title', 'keywords', 'questions', 'answers', 'summaries', 'endings', 'organisation', 'otherLanguage'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The fields that keep their phrases, to quote the one that matched. */
export const PHRASE_FIELDS = ['keywords', 'questions', 'answers', 'summaries'] as const;
export type PhraseField = (typeof PHRASE_FIELDS)[number];

/** One scenario as indexed: each field is its texts joined; `phrases` keeps them apart, for display. */
export interface SearchDocument {
  id: string;
  /** Organisation id (stored); `organisation` (indexed) is its name. */
  org: string;
  title: string;
  keywords: string;
  questions: string;
  answers: string;
  summaries: string;
  endings: string;
  organisation: string;
  otherLanguage: string;
  phrases: Record<PhraseField, string[]>;
}

/** The options the index is built with, and must be loaded with (`MiniSearch.loadJSON`). */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['title', 'org', 'phrases'],
  tokenize,
  processTerm: indexTerm,
};

/** How a query is run: every word counts (OR, best matches first), prefixes and typos forgiven. */
export const QUERY_OPTIONS: SearchOptions = {
  tokenize,
  processTerm: queryTerm,
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
  weights: { prefix: 0.5, fuzzy: 0.3 },
  boost: { title: 4, keywords: 3, questions: 1.5, summaries: 1.5, answers: 1, endings: 0.6, organisation: 0.5, otherLanguage: 1 },
};

/** The words people use → words of the scenario texts that name the same thing (`lexicon.<lang>.json`). */
export type Lexicon = Record<string, string[]>;

/** What the browser downloads for one language: the MiniSearch index (`JSON.stringify`) and the lexicon. */
export interface SerialisedSearch {
  index: AsPlainObject;
  lexicon: Lexicon;
}
