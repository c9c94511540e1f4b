/**
 * How the search reads words, the same at build time (the index) and in the browser (the
 * query): accents, case and French elisions folded, small words dropped, a light stem.
 * Pure and dependency-free: it ships in the search chunk only.
 */

/** Words that say nothing about a situation (French and English). */
const STOP_WORDS = new Set(
  (
    'le la les un une des du de au aux et ou en y ce ces cet cette se sa son ses mon ma mes ton ta tes notre nos votre vos leur leurs ' +
    'je tu il elle on nous vous ils elles me te lui moi toi que qui quoi dont celle celles celui ceux cela ceci ca ci est sont suis es etre ai as avons avez ont ' +
    'pour par sur dans avec sans pas ne plus tres mais donc car si comme puis peux peut dois doit faut quand ' +
    'the an of to and or in on at for with is are am be was it its this that what can could may might should do does did how if by from as about ' +
    'our we they them their not no my me you your his her so'
  ).split(' '),
);

/**
 * Suffixes stripped from the end of a word (longest first), so that « publications »,
 * « publier » and « publication » meet, and « photos » finds « photo ». One suffix at most,
 * and never below three letters. Not « -eur », « -ive » nor « -ions »: « directeur » and
 * « directive » are not « direct », nor « employeur » « employé », and « questions » is the
 * plural of « question » (their plural « -s » still goes).
 */
const SUFFIXES = [
  'issements', 'issement', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'euses', 'euse', 'trices', 'trice',
  'ances', 'ance', 'ences', 'ence', 'ites', 'ite', 'ing', 'ees', 'ee', 'es', 'er', 'ez', 'ed', 'ly', 'e', 's', 'x',
];

/** Lower case, no accents, œ → oe, typographic apostrophes made plain. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ`´]/g, "'");
}

/** French elisions at the start of a word: l', d', j', n', s', c', m', t', qu', jusqu', lorsqu', puisqu'. */
const ELISION = /(^|[^\p{L}\p{N}])(?:jusqu|lorsqu|puisqu|qu|[ldjnsctm])'(?=\p{L})/gu;

/** Splits folded text into words, elisions removed. */
export function tokenize(text: string): string[] {
  return fold(text)
    .replace(ELISION, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

const meaningful = (word: string) => word.length > 1 && !STOP_WORDS.has(word);

/** A word as indexed: itself and its stem, so that a word being typed still meets its prefix. */
export function indexTerm(word: string): string[] | null {
  if (!meaningful(word)) return null;
  const stemmed = stem(word);
  return stemmed === word ? [word] : [word, stemmed];
}

/** A word of the query: its stem only (prefix and typo tolerance do the rest). */
export function queryTerm(word: string): string | null {
  return meaningful(word) ? stem(word) : null;
}
