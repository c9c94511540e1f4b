// The groups of the common texts that only some pages use, each a list of text paths it holds
// (`section`, `section.key`, with `*` for any one key: `org.*.contacts` is every
// organisation's contacts). The build cuts the common namespace by them
// (tooling/common-groups.ts); the app loads each group with its pages (src/ui/moreTexts.ts).
export const LATER_COMMON_GROUPS = {
  walker: ['question', 'ending'],
  about: ['about'],
  notListed: ['notListed'],
  searchResults: ['searchResults'],
  record: ['record'],
  decisions: ['decisions'],
  trainer: ['trainer'],
  compare: ['compare'],
  // Each organisation's policy, date, contacts and « not in the list » text: endings, about,
  // « not in the list » and trainer pages. The home page shows only names and roles.
  organisations: ['org.*', 'organisationPage'],
} satisfies Record<string, string[]>;

export type LaterCommonGroup = keyof typeof LATER_COMMON_GROUPS;
