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

/** A list of a policy that endings quote: its lead-in (ending in « : ») and its items. */
export interface PolicyList<Item extends string> {
  /** The section the items are in: the joined quote's. */
  section: string;
  leadIn: string;
  /** The items by name, in the policy's order, without `itemEnd`. */
  items: Record<Item, string>;
  /** What ends every item but the last in the policy (« ; » in some), when two are quoted together. */
  itemEnd: string;
}

export const policyList = <Item extends string>(section: string, leadIn: string, items: Record<Item, string>, itemEnd = ''): PolicyList<Item> => ({
  section,
  leadIn,
  items,
  itemEnd,
});

/**
 * One quote of a list's lead-in and the items named, in the policy's order, so that an item
 * never reads as a passage on its own: « Lead-in : item », with « […] » for the items left out
 * before or between them. Two items next to each other keep the policy's line break and bullet
 * (layout, forgiven by normaliseForQuote) rather than run into one sentence.
 */
export function quoteList<Item extends string>(list: PolicyList<Item>, ...quoted: [Item, ...Item[]]): { section: string; text: string } {
  const names = Object.keys(list.items) as Item[];
  const positions = [...new Set(quoted.map((name) => names.indexOf(name)))].sort((a, b) => a - b);
  let text = list.leadIn;
  let previous = -1;
  for (const at of positions) {
    const separator = at > previous + 1 ? ` ${ELISION} ` : previous === -1 ? ' ' : `${list.itemEnd}\n• `;
    text += separator + list.items[names[at]!];
    previous = at;
  }
  return { section: list.section, text };
}
