import MiniSearch, { type Query } from 'minisearch';
import { compileLexicon, expand } from './lexicon.ts';
import { INDEX_OPTIONS, PHRASE_FIELDS, QUERY_OPTIONS, SEARCH_FIELDS, type PhraseField, type SearchDocument, type SearchField, type SerialisedSearch } from './options.ts';
import { aboveFloor, exactMatcher, OWN_REFERENCE_SHARE, type Candidate } from './relevance.ts';
import { indexTerm, queryTerm, tokenize } from './text.ts';

/**
 * A situation found: its title and organisation, and why it matched: the most telling field
 * where a word of the query (as typed, same stem, the lexicon's word for it, or the start of
 * the word being typed) was found, and the phrase when the field keeps its phrases. No
 * `field` (and no `phrase`) when the situation was found through a forgiven typo only.
 */
export interface SearchHit {
  id: string;
  title: string;
  org: string;
  field?: SearchField;
  phrase?: string;
}

export interface RankOptions {
  /** An organisation whose situations come first (each group keeps its order): the one the user works for. */
  prefer?: string;
}

export interface Searcher {
  /** The situations that pass the relevance floor, best first; [] when none does. */
  search(query: string, limit?: number, options?: RankOptions): SearchHit[];
  /** One organisation's situations (`own`) and the others' (`elsewhere`), never mixed, each best first. */
  searchByOrganisation(query: string, org: string, limit?: number): { own: SearchHit[]; elsewhere: SearchHit[] };
}

type Stored = Pick<SearchDocument, 'title' | 'org' | 'phrases'>;

/** The terms a phrase is indexed under (the same processing as the index's), kept: the same phrases come back as the user types. */
const phraseTerms = new Map<string, string[]>();
const termsOf = (phrase: string) => {
  let terms = phraseTerms.get(phrase);
  if (!terms) phraseTerms.set(phrase, (terms = tokenize(phrase).flatMap((w) => indexTerm(w) ?? [])));
  return terms;
};

const asIs = (term: string) => term;

/** A searcher over what the build serialises for one language (`SerialisedSearch`, tooling/search-index.ts). */
export function createSearcher(json: string, known: (id: string) => boolean = () => true): Searcher {
  const { index: plain, lexicon } = JSON.parse(json) as SerialisedSearch;
  const index = MiniSearch.loadJS<SearchDocument>(plain, INDEX_OPTIONS);
  const everydayWords = compileLexicon(lexicon);
  let ranked: { query: string; candidates: Candidate<Stored>[]; situations: Map<string, number>; hits: Map<string, SearchHit> } | undefined;
  let last: { key: string; result: unknown } | undefined;

  /** Every situation the query finds through a word matched as typed (or, when none is, through typos), best first, before the floor. */
  function rank(query: string) {
    if (ranked?.query === query) return ranked;
    const words = tokenize(query);
    const typed = words.flatMap((w) => queryTerm(w) ?? []);
    const expansion = expand(words, everydayWords);
    let candidates: Candidate<Stored>[] = [];
    if (typed.length || expansion.length) {
      const queries: Query[] = [query];
      // The lexicon's words are the user's meaning, not a guess: matched exactly, no typo or prefix.
      if (expansion.length) queries.push({ queries: [expansion.join(' ')], processTerm: asIs, fuzzy: false, prefix: false });
      const results = index.search({ combineWith: 'OR', queries }, QUERY_OPTIONS).filter((r) => known(String(r.id)));
      const lastWord = /[\p{L}\p{N}]$/u.test(query) ? words.at(-1) : undefined;
      const isExact = exactMatcher(
        [...typed, ...expansion],
        lastWord === undefined ? null : queryTerm(lastWord),
        results.flatMap((r) => r.terms),
      );
      candidates = results.map((r) => {
        const { title, org, phrases } = r as unknown as Stored;
        const exact = new Set(r.terms.filter(isExact));
        const fields = new Set([...exact].flatMap((t) => (r.match[t] ?? []) as SearchField[]));
        return { id: String(r.id), title, org, phrases, score: r.score, exact, fields };
      });
      // Typos forgiven only when no situation has the words themselves.
      if (candidates.some((c) => c.exact.size)) candidates = candidates.filter((c) => c.exact.size);
    }
    // How many situations each matched term is in: the rarer, the more telling a phrase that has it.
    const situations = new Map<string, number>();
    for (const c of candidates) for (const t of c.exact) situations.set(t, (situations.get(t) ?? 0) + 1);
    ranked = { query, candidates, situations, hits: new Map() };
    return ranked;
  }

  /** The phrase that says most about what matched: it has the rarest of the terms matched as typed. */
  function tellingPhrase(phrases: string[], exact: Set<string>): string | undefined {
    const situations = ranked!.situations;
    let best: { phrase: string; weight: number } | undefined;
    for (const phrase of phrases) {
      let weight = 0;
      for (const t of new Set(termsOf(phrase))) if (exact.has(t)) weight += 1 / (situations.get(t) ?? 1);
      if (weight > (best?.weight ?? 0)) best = { phrase, weight };
    }
    return best?.phrase;
  }

  function hit(c: Candidate<Stored>): SearchHit {
    const hits = ranked!.hits;
    let found = hits.get(c.id);
    if (found) return found;
    const field = SEARCH_FIELDS.find((f) => c.fields.has(f));
    const phrase = field && (PHRASE_FIELDS as readonly string[]).includes(field) ? tellingPhrase(c.phrases[field as PhraseField], c.exact) : undefined;
    found = { id: c.id, title: c.title, org: c.org, ...(field ? { field } : {}), ...(phrase ? { phrase } : {}) };
    hits.set(c.id, found);
    return found;
  }

  /** The same answer (the same array) for the same question: the results and their count ask at each render. */
  function remembered<T>(key: string, compute: () => T): T {
    if (last?.key !== key) last = { key, result: compute() };
    return last.result as T;
  }

  /** One organisation's candidates and the others', each past its floor, best first. */
  function split(query: string, org: string) {
    const { candidates } = rank(query);
    const best = candidates[0]?.score ?? 0;
    const own = candidates.filter((c) => c.org === org);
    return {
      own: aboveFloor(own, Math.max(own[0]?.score ?? 0, OWN_REFERENCE_SHARE * best)),
      elsewhere: aboveFloor(
        candidates.filter((c) => c.org !== org),
        best,
      ),
    };
  }

  return {
    search(query, limit = 10, { prefer } = {}) {
      return remembered(JSON.stringify(['search', query, limit, prefer]), () => {
        if (prefer === undefined) return aboveFloor(rank(query).candidates).slice(0, limit).map(hit);
        const { own, elsewhere } = split(query, prefer);
        return [...own, ...elsewhere].slice(0, limit).map(hit);
      });
    },
    searchByOrganisation(query, org, limit = 10) {
      return remembered(JSON.stringify(['org', query, org, limit]), () => {
        const { own, elsewhere } = split(query, org);
        return { own: own.slice(0, limit).map(hit), elsewhere: elsewhere.slice(0, limit).map(hit) };
      });
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
