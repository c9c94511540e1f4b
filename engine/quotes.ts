/**
 * How a quote is compared with its policy: only layout differences are forgiven (runs of
 * whitespace and line breaks, no-break spaces U+00A0 and U+202F, curly or straight
 * apostrophes, the bullet or dash that starts a list item); every word and every other character
 * must be the policy's own.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/^[ \t\u00a0\u202f]*(?:•[ \t\u00a0\u202f]*|[-–—][ \t\u00a0\u202f]+)/gm, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Marks words left out of a quote, e.g. the items of a list between its lead-in and the one quoted. */
export const ELISION = '[…]';
/** The most a single « […] » may leave out (normalised characters): a few list items, not a section. */
const MAX_LEFT_OUT = 600;

/** The quoted pieces of a quote, between its « […] ». */
export function quoteParts(quote: string): string[] {
  return quote.split(ELISION).map(normaliseForQuote);
}

/**
 * Whether `quote` appears word for word in `policy` (see normaliseForQuote); a quote with
 * « […] » matches when its pieces appear in order, each close after the one before.
 */
export function isVerbatim(quote: string, policy: string): boolean {
  const parts = quoteParts(quote);
  if (parts.some((p) => p.length === 0)) return false;
  const text = normaliseForQuote(policy);
  const followsFrom = (index: number, from: number): boolean => {
    if (index === parts.length) return true;
    for (let at = text.indexOf(parts[index]!, from); at !== -1; at = text.indexOf(parts[index]!, at + 1)) {
      if (index > 0 && at - from > MAX_LEFT_OUT) return false;
      if (followsFrom(index + 1, at + parts[index]!.length)) return true;
    }
    return false;
  };
  return followsFrom(0, 0);
}

/** Whether a quote's « […] » leaves nothing out (its pieces are adjacent in the policy): then it should not be there. */
export function elidesNothing(quote: string, policy: string): boolean {
  return quote.includes(ELISION) && isVerbatim(quote.split(ELISION).join(' '), policy);
}
