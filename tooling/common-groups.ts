// How the common namespace is cut for download (build only: tooling/vite/text-modules.ts).
// Every page downloads the part no group claims (the home page's budget); each later group
// (src/i18n/textGroups.ts) downloads with the pages that use it (src/ui/moreTexts.ts merges it
// into the common namespace).
import { LATER_COMMON_GROUPS } from '../src/i18n/textGroups.ts';

/** Texts inside a later group's paths that the home page shows: they stay with every page. */
const ON_EVERY_PAGE = ['compare.link', 'trainer.link', 'org.*.name', 'org.*.roles'];

type Texts = { [key: string]: unknown };

const matches = (pattern: string, path: string[]) => {
  const parts = pattern.split('.');
  return parts.length <= path.length && parts.every((part, i) => part === '*' || part === path[i]);
};

/** Which group a text belongs to: a later group's name, or undefined for every page's part. */
function groupOf(path: string[]): string | undefined {
  if (ON_EVERY_PAGE.some((pattern) => matches(pattern, path))) return undefined;
  return Object.entries(LATER_COMMON_GROUPS).find(([, patterns]) => patterns.some((pattern) => matches(pattern, path)))?.[0];
}

/** Keeps the texts of `group` (undefined: every page's part), as a tree of the same shape. */
function pick(texts: Texts, group: string | undefined, path: string[] = []): Texts | undefined {
  const kept: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    const here = [...path, key];
    const isTree = typeof value === 'object' && value !== null && !Array.isArray(value);
    // A tree is cut where a pattern reaches deeper than it; a text (or a list) goes whole.
    const child = isTree ? pick(value as Texts, group, here) : groupOf(here) === group ? value : undefined;
    if (child !== undefined) kept[key] = child;
  }
  return Object.keys(kept).length ? kept : undefined;
}

/** The part of the common texts every page downloads. */
export const everyPageTexts = (texts: Texts): Texts => pick(texts, undefined) ?? {};

/**
 * One later group of the common texts; `org-<id>` is the `organisations` group cut to one
 * organisation (a scenario's pages need only their own organisation's policy and contacts).
 */
export function laterTexts(texts: Texts, group: string): Texts {
  const one = /^org-([\w-]+)$/.exec(group);
  if (one) {
    const all = (pick(texts, 'organisations') ?? {}) as { org?: Texts };
    const own = all.org?.[one[1]!];
    if (own === undefined) throw new Error(`${group}: no such organisation in the common texts`);
    return { org: { [one[1]!]: own } };
  }
  if (!(group in LATER_COMMON_GROUPS)) throw new Error(`${group}: no such group of later common texts`);
  return pick(texts, group) ?? {};
}
