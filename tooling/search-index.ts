// Build time and tests only: the search index of one language, from each scenario's texts.
// The browser never runs this file; it downloads the serialised index
// (`virtual:search-index/<lang>`, tooling/vite/text-modules.ts), which the search tests read
// through the same function.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type Lexicon, type SearchDocument, type SerialisedSearch } from '../src/search/options.ts';
import { organisationTextFile, scenarioTextFile, scenarioTextFiles } from './machine-files.ts';

type Texts = Record<string, unknown>;

const isObject = (value: unknown): value is Texts => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
const keywordsOf = (texts: Texts) =>
  String(texts.keywords ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

/** The language whose title and keywords each document carries besides its own (`otherLanguage`). */
export const OTHER_LANGUAGE: Record<string, string> = { fr: 'en', en: 'fr' };

/**
 * One scenario's document: its title, its keywords (comma-separated in its texts), every
 * question and hint, every answer, every ending's short answer (`summary`), and what to do and
 * why (`action`, `reason`). A state's texts are told apart by their fields: a question has
 * `question`, an ending has `summary`. `otherTexts`, the same scenario in the other language,
 * gives its title and keywords only (a small field, low in the ranking).
 */
export function searchDocument(id: string, org: string, organisationName: string, texts: Texts, otherTexts: Texts = {}): SearchDocument {
  const states = Object.values(texts).filter(isObject);
  const asked = states.filter((s) => typeof s.question === 'string');
  const questions = asked.map((s) => String(s.question));
  const hints = asked.flatMap((s) => strings(s.hint));
  const answers = asked.flatMap((s) => (isObject(s.options) ? Object.values(s.options).map(String) : []));
  const endings = states.filter((s) => typeof s.summary === 'string');
  const summaries = endings.map((s) => String(s.summary));
  const keywords = keywordsOf(texts);
  return {
    id,
    org,
    title: String(texts.title ?? ''),
    keywords: keywords.join(' \n '),
    questions: [...questions, ...hints].join(' \n '),
    answers: answers.join(' \n '),
    summaries: summaries.join(' \n '),
    endings: endings.flatMap((s) => [...strings(s.action), ...strings(s.reason)]).join(' \n '),
    organisation: organisationName,
    otherLanguage: [String(otherTexts.title ?? ''), ...keywordsOf(otherTexts)].join(' \n '),
    phrases: { keywords, questions, answers, summaries },
  };
}

export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}

const readJson = (file: string, watch: (file: string) => void) => {
  watch(file);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
};

export const lexiconFile = (lang: string) => join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'search', `lexicon.${lang}.json`);

/** The serialised index of one language and its lexicon, as the browser downloads them (`SerialisedSearch`). */
export function searchIndexJson(lang: string, watch: (file: string) => void = () => {}): string {
  const other = OTHER_LANGUAGE[lang];
  const documents = scenarioTextFiles(lang).map((f) =>
    searchDocument(
      f.name,
      f.organisation,
      String(readJson(organisationTextFile(f.organisation, lang), watch).name ?? ''),
      readJson(f.file, watch),
      other ? readJson(scenarioTextFile(f.organisation, f.name, other), watch) : {},
    ),
  );
  const search: SerialisedSearch = { index: buildSearchIndex(documents).toJSON(), lexicon: readJson(lexiconFile(lang), watch) as Lexicon };
  return JSON.stringify(search);
}
