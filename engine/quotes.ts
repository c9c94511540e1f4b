/**
 * How a quote is compared with its policy: only layout differences are forgiven (runs of
 * whitespace and line breaks, no-break spaces U+00A0 and U+202F, curly or straight
 * apostrophes); every word and every other character must be the policy's own.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `quote` appears word for word in `policy` (see normaliseForQuote). */
export function isVerbatim(quote: string, policy: string): boolean {
  const q = normaliseForQuote(quote);
  return q.length > 0 && normaliseForQuote(policy).includes(q);
}
