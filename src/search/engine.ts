import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, PHRASE_FIELDS, QUERY_OPTIONS, SEARCH_FIELDS, type PhraseField, type SearchDocument, type SearchField } from './options.ts';
import { indexTerm, tokenize } from './text.ts';

/** A situation found: its title and organisation, and why it matched (the field, and the phrase when it has one). */
export interface SearchHit {
  id: string;
  title: string;
  org: string;
  field: SearchField;
  phrase?: string;
}

export interface Searcher {
  search(query: string, limit?: number): SearchHit[];
}

type Stored = Pick<SearchDocument, 'title' | 'org' | 'phrases'>;

/** The terms a phrase is indexed under (the same processing as the index's). */
const termsOf = (phrase: string) => new Set(tokenize(phrase).flatMap((w) => indexTerm(w) ?? []));

/** A searcher over an index serialised at build time with `JSON.stringify(miniSearch)`. */
export function createSearcher(json: string, known: (id: string) => boolean = () => true): Searcher {
  const index = MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
  let last: { query: string; limit: number; hits: SearchHit[] } | undefined;
  return {
    search(query, limit = 10) {
      if (last && last.query === query && last.limit === limit) return last.hits;
      const hits = index
        .search(query, QUERY_OPTIONS)
        .filter((r) => known(String(r.id)))
        .slice(0, limit)
        .map((r) => {
          const stored = r as unknown as Stored & { id: string };
          const fields = new Set(Object.values(r.match).flat());
          const field = SEARCH_FIELDS.find((f) => fields.has(f)) ?? 'title';
          const matched = new Set(r.terms);
          const phrase = (PHRASE_FIELDS as readonly string[]).includes(field)
            ? stored.phrases[field as PhraseField].find((p) => [...termsOf(p)].some((t) => matched.has(t)))
            : undefined;
          return { id: stored.id, title: stored.title, org: stored.org, field, ...(phrase ? { phrase } : {}) };
        });
      last = { query, limit, hits };
      return hits;
    },
  };
}

/** Each language's index: a build-time module of its own, downloaded on the first search only. */
const indexes: Record<string, () => Promise<{ default: string }>> = {
  fr: () => import('virtual:search-index/fr'),
  en: () => import('virtual:search-index/en'),
};

export async function loadSearcher(lang: string, known: (id: string) => boolean): Promise<Searcher> {
  const load = indexes[lang];
  if (!load) throw new Error(`No search index for ${lang}`);
  return createSearcher((await load()).default, known);
}
