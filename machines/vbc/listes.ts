// How endings quote the lists of baie-comeau.txt (policy.ts): a lead-in ending in « : », then
// its items. An ending quotes the lead-in and the items it rests on as one quote, so that an
// item never reads as a passage on its own.
import { ELISION } from '../../engine/quotes';

export interface PolicyList<Item extends string> {
  /** The section the items are in: the joined quote's. */
  section: string;
  leadIn: string;
  /** The items by name, in the policy's order, without the « ; » that ends all but the last. */
  items: Record<Item, string>;
}

export const policyList = <Item extends string>(section: string, leadIn: string, items: Record<Item, string>): PolicyList<Item> => ({
  section,
  leadIn,
  items,
});

/**
 * One quote of a list's lead-in and the items named, in the policy's order: « Lead-in : item »,
 * with « […] » for the items left out before or between them. Two items next to each other keep
 * the policy's « ; », line break and bullet (layout, forgiven by engine/quotes.ts) rather than
 * run into one sentence.
 */
export function quoteList<Item extends string>(list: PolicyList<Item>, ...quoted: [Item, ...Item[]]): { section: string; text: string } {
  const names = Object.keys(list.items) as Item[];
  const positions = [...new Set(quoted.map((name) => names.indexOf(name)))].sort((a, b) => a - b);
  let text = list.leadIn;
  let previous = -1;
  for (const at of positions) {
    const separator = at > previous + 1 ? ` ${ELISION} ` : previous === -1 ? ' ' : ';\n• ';
    text += separator + list.items[names[at]!];
    previous = at;
  }
  return { section: list.section, text };
}
