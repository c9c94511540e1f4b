// `npm run policy:diff`: what a new version of an organisation's policy means for its
// scenarios. The policy is cut into passages (one per non-empty line) under the sections it
// numbers or titles itself; the two versions are compared passage by passage; every quote
// is checked word for word against the new text (engine/quotes.ts, as the quote test does);
// and every ending is matched to the sections it cites by reading its section texts (« Article
// 3 (« Règles générales… ») », « 3.2.1 Utilisation… », « Mise en situation 2 », a FAQ
// question…). Pure: the script reads the files and writes the report.
import { normaliseForQuote, isVerbatim } from '../engine/quotes';
import type { StepMeta } from '../engine/model';
import { lookup, type ScenarioUnderTest } from '../engine/validate';

// ─── How each policy numbers or titles its sections ─────────────────────────────────────────

/** A numbered heading: how a policy line opens it, and how a section text names it. */
interface NumberedHeading {
  /** Matches the policy line (untrimmed) that opens the section; group 1 is its number. */
  line: RegExp;
  level: (match: RegExpExecArray) => number;
  /** The section's key, stable across versions as long as its number is. */
  key: (match: RegExpExecArray, parent: PolicySection) => string;
  /** Finds the sections a scenario's section text names (a global RegExp). */
  cited: RegExp;
  citedKey: (match: RegExpExecArray) => string;
  /** How the report names it (default: its heading line). */
  name?: (key: string) => string;
}

interface SectionStyle {
  numbered: NumberedHeading[];
  /** Level of a title line (a short line with no final punctuation), or undefined if the policy has no titled sections. */
  title?: (text: string, next: string | undefined) => number;
  /** Level of a question line (a FAQ's questions head their answers). */
  question?: number;
}

const byOrganisation: Record<string, SectionStyle> = {
  // Titles (« Préambule », « Ligne éditoriale »…) and articles 1 to 22, cited « Article 3 (…) »
  // or « Paragraphes qui suivent l'article 17 » (paragraphs after an article belong to it).
  cest: {
    numbered: [
      {
        line: /^(\d+)\.\s+\S/,
        level: () => 2,
        key: (m) => `Article ${m[1]}`,
        cited: /\barticle (\d+)\b/gi,
        citedKey: (m) => `Article ${m[1]}`,
        name: (key) => key,
      },
    ],
    title: () => 1,
  },
  // Two titled groups (« Situations particulières », « Réactions recommandées ») and questions;
  // its numbered lines are steps inside an answer, not sections.
  eq: { numbered: [], title: () => 1, question: 2 },
  // Titles; in « Pratiques d'utilisation exemplaires » each kind of publication (followed by its
  // « Approprié » list) is a subsection; « Mise en situation 1 » to « 4 » under « Mises en situation ».
  on: {
    numbered: [
      {
        line: /^Mise en situation (\d+)\s*$/,
        level: () => 2,
        key: (m) => `Mise en situation ${m[1]}`,
        cited: /\bMise en situation (\d+)\b/g,
        citedKey: (m) => `Mise en situation ${m[1]}`,
      },
    ],
    title: (_text, next) => (next === 'Approprié' ? 2 : 1),
  },
  // « SECTION 1 » and « 2 », numbered sections 1 to 11 (« 3.2.1 »), and the rules « 1) » to « 3) » of 9.
  vbc: {
    numbered: [
      {
        line: /^SECTION (\d+)\s*$/,
        level: () => 0,
        key: (m) => `Section ${m[1]}`,
        cited: /^Section (\d+)\b/gi,
        citedKey: (m) => `Section ${m[1]}`,
      },
      {
        line: /^(\d+(?:\.\d+)*)\.?\s+\S/,
        level: (m) => m[1]!.split('.').length,
        key: (m) => m[1]!,
        cited: /^(\d+(?:\.\d+)*)\.?\s/g,
        citedKey: (m) => m[1]!,
      },
      {
        line: /^(\d+)\)\s+\S/,
        level: () => 4,
        key: (m, parent) => `${parent.key}, règle ${m[1]})`,
        cited: /^(\d+)\..*\brègle (\d+)\)/g,
        citedKey: (m) => `${m[1]}, règle ${m[2]})`,
      },
    ],
  },
  // Titles (« Accès aux médias sociaux »…) and the guiding principles « 1- Loyauté » to « 6- Correction ».
  stu: {
    numbered: [{ line: /^(\d+)-\s+\S/, level: () => 2, key: (m) => `${m[1]}-`, cited: /«\s*(\d+)-\s/g, citedKey: (m) => `${m[1]}-` }],
    title: () => 1,
  },
};

// ─── A policy cut into sections and passages ────────────────────────────────────────────────

export interface PolicySection {
  key: string;
  /** How the report names it: its heading, or « Article 3 » for a heading that is a whole article. */
  name: string;
  level: number;
  parent?: string;
  /** The heading, folded (see `fold`), to compare with the titles a section text quotes. */
  folded: string;
}

export interface Passage {
  /** The line as the policy has it (spaces trimmed). */
  text: string;
  /** The line as quotes are compared with it (engine/quotes.ts): layout and apostrophes do not count. */
  normalised: string;
  /** What two versions compare: `normalised` without a heading's number, so renumbering is not rewording. */
  body: string;
  section: string;
  /** Whether this line opens its section. */
  heading: boolean;
  line: number;
}

export interface PolicyOutline {
  sections: Map<string, PolicySection>;
  passages: Passage[];
}

const ROOT = '(début)';

/** For comparing titles: layout, case, kinds of quotation marks and a final « ? » do not count. */
function fold(text: string): string {
  return normaliseForQuote(text)
    .toLowerCase()
    .replace(/\.\.\./g, '…')
    .replace(/\s*[«»“”"]\s*/g, '"')
    .replace(/\s+([?!:;])/g, '$1')
    .replace(/[\s?]+$/, '');
}

const isTableOfContents = (raw: string) => /\.{4,}/.test(raw) || raw.includes('\t');
const isTitleShape = (raw: string, text: string) =>
  /^[^\s\-•➤*]/.test(raw) && text.length <= 120 && !/[.,;:!…]$/.test(text) && !/[:_]/.test(text);

export function outlinePolicy(organisation: string, policy: string): PolicyOutline {
  const style = byOrganisation[organisation];
  if (!style) throw new Error(`no section style for organisation "${organisation}"`);
  const lines = policy
    .split(/\r?\n/)
    .map((raw, index) => ({ raw: raw.replace(/^\uFEFF/, ''), text: normaliseForQuote(raw.replace(/^\uFEFF/, '')), line: index + 1 }))
    .filter((l) => l.text !== '');
  // A title that comes back several times (« Approprié », « Solution de rechange ») labels a
  // part of a section; it cannot name one.
  const titleCount = new Map<string, number>();
  for (const l of lines) if (isTitleShape(l.raw, l.text)) titleCount.set(l.text, (titleCount.get(l.text) ?? 0) + 1);

  const root: PolicySection = { key: ROOT, name: 'Début du document', level: -1, folded: '' };
  const sections = new Map([[ROOT, root]]);
  const open: PolicySection[] = [root];
  const passages: Passage[] = [];
  lines.forEach((l, index) => {
    const next = lines[index + 1]?.text;
    const parentBelow = (level: number) => [...open].reverse().find((s) => s.level < level) ?? root;
    const heading = isTableOfContents(l.raw) ? undefined : headingOf(style, l.raw, l.text, next, titleCount, parentBelow);
    if (heading) {
      while (open.at(-1)!.level >= heading.level) open.pop();
      let key = heading.key;
      for (let n = 2; sections.has(key); n++) key = `${heading.key} (${n})`;
      const section: PolicySection = { key, name: heading.name, level: heading.level, parent: open.at(-1)!.key, folded: fold(l.text) };
      sections.set(key, section);
      open.push(section);
    }
    passages.push({ text: l.raw.trim(), normalised: l.text, body: heading?.body || l.text, section: open.at(-1)!.key, heading: heading !== undefined, line: l.line });
  });
  return { sections, passages };
}

function headingOf(
  style: SectionStyle,
  raw: string,
  text: string,
  next: string | undefined,
  titleCount: Map<string, number>,
  parentBelow: (level: number) => PolicySection,
): { key: string; name: string; level: number; body?: string } | undefined {
  for (const rule of style.numbered) {
    const m = rule.line.exec(raw);
    if (!m) continue;
    const level = rule.level(m);
    const key = rule.key(m, parentBelow(level));
    // Compared without its number: « 14. Conservez… » renumbered « 13. Conservez… » is not reworded.
    const number = m[1]!;
    const body = text.startsWith(number) ? text.slice(number.length).replace(/^[.)-]?\s*/, '') : text;
    return { key, name: rule.name?.(key) ?? raw.trim(), level, body };
  }
  if (style.question !== undefined && /^[^\s\-•➤*]/.test(raw) && text.endsWith('?')) return { key: fold(text), name: raw.trim(), level: style.question };
  if (style.title && isTitleShape(raw, text) && (titleCount.get(text) ?? 0) === 1) return { key: fold(text), name: raw.trim(), level: style.title(text, next) };
  return undefined;
}

/** The section and the sections it sits in, innermost first. */
function chain(outline: PolicyOutline, key: string): string[] {
  const keys: string[] = [];
  for (let s = outline.sections.get(key); s; s = s.parent === undefined ? undefined : outline.sections.get(s.parent)) keys.push(s.key);
  return keys;
}

/** « Règles générales pour l'administration et l'édition de compte › Article 8 » */
function sectionPath(outline: PolicyOutline, key: string): string {
  return chain(outline, key)
    .filter((k) => k !== ROOT || key === ROOT)
    .map((k) => outline.sections.get(k)!.name)
    .reverse()
    .join(' › ');
}

// ─── Which sections a section text names ────────────────────────────────────────────────────

export interface CitedSections {
  /** The innermost sections the text names. */
  keys: string[];
  /** « (introduction) »: only the section's own passages, not its subsections. */
  introduction: boolean;
}

/** Whether a title quoted in a section text (folded, possibly shortened with « … ») is this heading. */
function namesTitle(quoted: string, heading: string): boolean {
  if (!quoted.includes('…')) return quoted !== '' && quoted === heading;
  const parts = quoted
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return false;
  let at = 0;
  for (const [index, part] of parts.entries()) {
    const found = heading.indexOf(part, at);
    if (found < 0 || (index === 0 && !quoted.startsWith('…') && found !== 0)) return false;
    at = found + part.length;
  }
  return quoted.endsWith('…') || at === heading.length;
}

/**
 * The sections of a policy a scenario's section text names: by number (« Article 3 », « 3.2.1 »,
 * « Mise en situation 2 », « 9. …, règle 1) ») or by title (« « Situations particulières »,
 * question « Est-ce que je peux… ? » »); of a section and its subsection, the subsection.
 */
export function citedSections(organisation: string, label: string, outline: PolicyOutline): CitedSections {
  const style = byOrganisation[organisation];
  const named = new Set<string>();
  for (const rule of style?.numbered ?? []) {
    for (const m of label.matchAll(rule.cited)) {
      const key = rule.citedKey(m as RegExpExecArray);
      if (outline.sections.has(key)) named.add(key);
    }
  }
  const titles = [...label.matchAll(/«([^»]*)»/g)].map((m) => m[1]!);
  titles.push(label.replace(/\([^)]*\)\s*$/, ''));
  for (const section of outline.sections.values()) {
    if (titles.some((t) => namesTitle(fold(t), section.folded))) named.add(section.key);
  }
  const keys = [...named].filter((key) => ![...named].some((other) => other !== key && chain(outline, other).includes(key)));
  return { keys, introduction: /\(introduction\)/i.test(label) };
}

/** The policy's text that a cited section covers: its passages, and its subsections' unless « (introduction) ». */
export function citedText(cited: CitedSections, outline: PolicyOutline): string {
  return outline.passages
    .filter((p) => cited.keys.some((key) => (cited.introduction ? p.section === key : chain(outline, p.section).includes(key))))
    .map((p) => p.normalised)
    .join('\n');
}

// ─── Two versions, passage by passage ───────────────────────────────────────────────────────

export type PassageChange =
  | { kind: 'added'; after: Passage }
  | { kind: 'removed'; before: Passage }
  | { kind: 'reworded'; before: Passage; after: Passage }
  /** A heading whose number changed, its words the same. */
  | { kind: 'renumbered'; before: Passage; after: Passage };

/** Below this, a passage gone and one come in the same place are two passages, not one reworded. */
const REWORDED_SIMILARITY = 0.5;

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Dice coefficient of the two passages' words (1: the same words, 0: none in common). */
function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

/** Index pairs of the longest common subsequence of two lists of strings. */
function longestCommonSubsequence(a: string[], b: string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => Array.from({ length: b.length + 1 }, () => 0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

interface PassageDiff {
  changes: PassageChange[];
  /** Old heading → new heading, for the sections both versions have (same, reworded or renumbered). */
  sameSection: Map<string, string>;
  /** Share of the old text (in characters) found again, word for word or reworded. */
  kept: number;
}

function diffPassages(before: PolicyOutline, after: PolicyOutline): PassageDiff {
  const old = before.passages;
  const now = after.passages;
  const anchors = longestCommonSubsequence(
    old.map((p) => p.body),
    now.map((p) => p.body),
  );
  const changes: PassageChange[] = [];
  const sameSection = new Map<string, string>([[ROOT, ROOT]]);
  let keptLength = 0;
  const pairHeadings = (a: Passage, b: Passage) => {
    if (a.heading && b.heading) sameSection.set(a.section, b.section);
  };
  let i = 0;
  let j = 0;
  for (const [oi, nj] of [...anchors, [old.length, now.length] as [number, number]]) {
    // The gap before this anchor: pair the most alike first; the rest were removed or added.
    const gone = old.slice(i, oi);
    const come = now.slice(j, nj);
    const candidates = gone
      .flatMap((a, x) => come.map((b, y) => ({ x, y, score: similarity(a.normalised, b.normalised) })))
      .filter((c) => c.score >= REWORDED_SIMILARITY)
      .sort((p, q) => q.score - p.score);
    const pairedOld = new Map<number, number>();
    const pairedNew = new Set<number>();
    for (const c of candidates) {
      if (pairedOld.has(c.x) || pairedNew.has(c.y)) continue;
      pairedOld.set(c.x, c.y);
      pairedNew.add(c.y);
    }
    gone.forEach((a, x) => {
      const y = pairedOld.get(x);
      if (y === undefined) return changes.push({ kind: 'removed', before: a });
      keptLength += a.normalised.length;
      pairHeadings(a, come[y]!);
      return changes.push({ kind: 'reworded', before: a, after: come[y]! });
    });
    come.forEach((b, y) => pairedNew.has(y) || changes.push({ kind: 'added', after: b }));
    if (oi < old.length) {
      const a = old[oi]!;
      const b = now[nj]!;
      keptLength += a.normalised.length;
      pairHeadings(a, b);
      if (a.heading && b.heading && a.normalised !== b.normalised && a.section !== b.section) changes.push({ kind: 'renumbered', before: a, after: b });
      else if (a.normalised !== b.normalised) changes.push({ kind: 'reworded', before: a, after: b });
    }
    i = oi + 1;
    j = nj + 1;
  }
  const total = old.reduce((sum, p) => sum + p.normalised.length, 0);
  return { changes, sameSection, kept: total === 0 ? 0 : keptLength / total };
}

// ─── What the change means for the scenarios ────────────────────────────────────────────────

/** A new text that is not a new version of this policy: the script stops, writes nothing and exits 1. */
export class PolicyDiffError extends Error {}

/** Below this share of the current text found again, the new file is not a version of the same policy. */
const MIN_KEPT = 0.4;

/** The new policy's text, or a PolicyDiffError if the file is not text or has none. */
export function policyText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new PolicyDiffError('is not a text file (it holds binary data): give the policy as plain UTF-8 text, as in policies/.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PolicyDiffError('is not UTF-8 text: save the policy as plain UTF-8 text, as in policies/.');
  }
  if (normaliseForQuote(text) === '') throw new PolicyDiffError('is empty: nothing to compare.');
  return text.replace(/^\uFEFF/, '');
}

export interface EndingRef {
  scenario: string;
  state: string;
}

export interface BrokenQuote {
  text: string;
  /** The ending's section text for it, in French. */
  section: string;
  endings: EndingRef[];
}

export interface ChangedSectionCited {
  /** The section in the current policy. */
  section: string;
  path: string;
  renumbered: boolean;
  endings: (EndingRef & { cites: string })[];
}

export interface ScenarioToReread {
  id: string;
  title: string;
  endings: string[];
}

export interface PolicyUpdate {
  organisation: string;
  before: PolicyOutline;
  after: PolicyOutline;
  changes: PassageChange[];
  brokenQuotes: BrokenQuote[];
  citing: ChangedSectionCited[];
  scenarios: ScenarioToReread[];
}

interface Ending extends EndingRef {
  labels: string[];
  quotes: { text: string; section: string }[];
}

function endingsOf(scenarios: ScenarioUnderTest[], organisation: string): Ending[] {
  return scenarios
    .filter((s) => s.document === organisation)
    .flatMap((s) => {
      const fr = s.messages.fr ?? {};
      const text = (key: string) => {
        const value = lookup(fr, key);
        return Array.isArray(value) ? value.join(' ') : (value ?? key);
      };
      return Object.entries(s.machine.root.states).flatMap(([state, node]) => {
        const meta = node.meta as StepMeta | undefined;
        if (meta?.kind !== 'ending') return [];
        return [{ scenario: s.id, state, labels: meta.citation.sections.map(text), quotes: meta.quotes.map((q) => ({ text: q.text, section: text(q.section) })) }];
      });
    });
}

/**
 * Compares `current` (policies/<file>) with `next`, and lists what the maintainer must reread:
 * the passages added, removed, reworded or renumbered; the quotes no longer word for word in
 * `next`; the endings that cite a section with a change; and their scenarios.
 */
export function policyUpdate(organisation: string, current: string, next: string, scenarios: ScenarioUnderTest[]): PolicyUpdate {
  const before = outlinePolicy(organisation, current);
  const after = outlinePolicy(organisation, next);
  const { changes, sameSection, kept } = diffPassages(before, after);
  if (kept < MIN_KEPT) {
    throw new PolicyDiffError(
      `has almost nothing in common with the current policy (${Math.round(kept * 100)} % of its text found again, ${Math.round(MIN_KEPT * 100)} % at least expected): is it this organisation's policy? No report written.`,
    );
  }

  // Sections of the current policy with a change: in their own passages, or in a subsection's.
  const ownChange = new Set<string>();
  const subsectionChange = new Set<string>();
  const renumbered = new Set<string>();
  const oldKeyOf = new Map([...sameSection].map(([o, n]) => [n, o]));
  const touch = (keys: (string | undefined)[]) => {
    const [own, ...around] = keys;
    if (own !== undefined) ownChange.add(own);
    for (const key of around) if (key !== undefined) subsectionChange.add(key);
  };
  for (const change of changes) {
    if (change.kind === 'renumbered') renumbered.add(change.before.section);
    if (change.kind === 'removed' || change.kind === 'reworded') touch(chain(before, change.before.section));
    if (change.kind === 'added' || change.kind === 'reworded') {
      const keys = chain(after, change.after.section).map((key) => oldKeyOf.get(key));
      // A new section: the first section around it that the current policy has is what changed.
      touch(keys[0] === undefined ? [undefined, ...keys.slice(1)] : keys);
    }
  }

  const endings = endingsOf(scenarios, organisation);
  const cited = new Map<string, CitedSections>();
  const citedBy = (label: string) => cited.get(label) ?? cited.set(label, citedSections(organisation, label, before)).get(label)!;

  const brokenQuotes = new Map<string, BrokenQuote>();
  for (const ending of endings) {
    for (const quote of ending.quotes) {
      if (!isVerbatim(quote.text, current) || isVerbatim(quote.text, next)) continue;
      const entry = brokenQuotes.get(quote.text) ?? { text: quote.text, section: quote.section, endings: [] };
      entry.endings.push({ scenario: ending.scenario, state: ending.state });
      brokenQuotes.set(quote.text, entry);
    }
  }

  const citing = new Map<string, ChangedSectionCited>();
  for (const ending of endings) {
    for (const label of ending.labels) {
      const { keys, introduction } = citedBy(label);
      for (const key of keys) {
        const changed = ownChange.has(key) || (!introduction && subsectionChange.has(key));
        if (!changed && !renumbered.has(key)) continue;
        const entry = citing.get(key) ?? { section: key, path: sectionPath(before, key), renumbered: !changed, endings: [] };
        if (!entry.endings.some((e) => e.scenario === ending.scenario && e.state === ending.state && e.cites === label)) {
          entry.endings.push({ scenario: ending.scenario, state: ending.state, cites: label });
        }
        citing.set(key, entry);
      }
    }
  }

  const toReread = new Map<string, Set<string>>();
  const mark = (e: EndingRef) => (toReread.get(e.scenario) ?? toReread.set(e.scenario, new Set()).get(e.scenario)!).add(e.state);
  for (const q of brokenQuotes.values()) q.endings.forEach(mark);
  for (const c of citing.values()) c.endings.forEach(mark);
  const order = [...before.sections.keys()];
  return {
    organisation,
    before,
    after,
    changes,
    brokenQuotes: [...brokenQuotes.values()],
    citing: [...citing.values()].sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section)),
    scenarios: scenarios
      .filter((s) => toReread.has(s.id))
      .map((s) => {
        const title = lookup(s.messages.fr ?? {}, 'title');
        return { id: s.id, title: typeof title === 'string' ? title : s.id, endings: [...toReread.get(s.id)!] };
      }),
  };
}

/** Every ending the update asks to reread, as `scenario / state`. */
export function endingsToReread(update: PolicyUpdate): string[] {
  return update.scenarios.flatMap((s) => s.endings.map((state) => `${s.id} / ${state}`)).sort();
}

export const hasChanges = (update: PolicyUpdate) => update.changes.length > 0;

// ─── The report (docs/policy-updates/<org>-<date>.md) ───────────────────────────────────────

export interface ReportContext {
  /** « Secrétariat de la Commission de l'éthique… » (organisation.fr.json `name`). */
  organisationName: string;
  /** The date or version every ending shows today (organisation.fr.json `date`). */
  policyDate: string;
  /** `policies/<file>`. */
  policyFile: string;
  /** The new text, as the maintainer named it. */
  newFile: string;
  /** YYYY-MM-DD */
  date: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function formatReport(update: PolicyUpdate, context: ReportContext): string {
  const { before, after, changes } = update;
  const count = (kind: PassageChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const citingEndings = new Set(update.citing.flatMap((c) => c.endings.map((e) => `${e.scenario} / ${e.state}`)));
  const ending = (e: EndingRef) => `\`${e.scenario}\` / \`${e.state}\``;
  const lines = [
    `# Nouvelle version de la politique : ${context.organisationName} (${context.date})`,
    '',
    `Politique actuelle : \`${context.policyFile}\` ; nouvelle version : \`${context.newFile}\`.`,
    `Comparées passage par passage par \`npm run policy:diff\` (rien n'a été modifié dans \`policies/\` ni \`machines/\`).`,
    `Date ou version affichée sur chaque fin aujourd'hui : « ${context.policyDate} » (\`machines/${update.organisation}/organisation.fr.json\` et \`.en.json\`, \`date\`).`,
    '',
    `**En bref :** ${plural(count('added'), 'passage ajouté', 'passages ajoutés')}, ${plural(count('removed'), 'retiré', 'retirés')}, ` +
      `${plural(count('reworded'), 'reformulé', 'reformulés')}, ${plural(count('renumbered'), 'section renumérotée', 'sections renumérotées')} ; ` +
      `${plural(update.brokenQuotes.length, "citation n'est plus mot pour mot", 'citations ne sont plus mot pour mot')} ; ` +
      `${plural(citingEndings.size, 'fin cite', 'fins citent')} une section modifiée ; ${plural(update.scenarios.length, 'scénario', 'scénarios')} à relire.`,
  ];
  /** A part of the report: its title, how many entries, and their lines. */
  const part = (title: string, entries: string[][]) => {
    if (entries.length > 0) lines.push('', `## ${title} (${entries.length})`, '', ...entries.flat());
  };
  part(
    'Passages ajoutés',
    changes.flatMap((c) => (c.kind === 'added' ? [[`- **${sectionPath(after, c.after.section)}** (nouvelle version, ligne ${c.after.line}) : « ${c.after.text} »`]] : [])),
  );
  part(
    'Passages retirés',
    changes.flatMap((c) => (c.kind === 'removed' ? [[`- **${sectionPath(before, c.before.section)}** (version actuelle, ligne ${c.before.line}) : « ${c.before.text} »`]] : [])),
  );
  part(
    'Passages reformulés',
    changes.flatMap((c) =>
      c.kind === 'reworded'
        ? [[`- **${sectionPath(before, c.before.section)}** (ligne ${c.before.line} → ${c.after.line})`, `  - avant : « ${c.before.text} »`, `  - après : « ${c.after.text} »`]]
        : [],
    ),
  );
  part(
    'Sections renumérotées',
    changes.flatMap((c) => (c.kind === 'renumbered' ? [[`- **${sectionPath(before, c.before.section)}** devient **${sectionPath(after, c.after.section)}** : « ${c.after.text} »`]] : [])),
  );
  part(
    'Citations qui ne sont plus mot pour mot',
    update.brokenQuotes.map((q) => [`- « ${q.text} » — ${q.section}`, ...q.endings.map((e) => `  - ${ending(e)}`)]),
  );
  if (update.citing.length > 0) {
    lines.push('', `## Fins qui citent une section modifiée (${citingEndings.size})`);
    for (const c of update.citing) {
      lines.push('', `### ${c.path}${c.renumbered ? ' (renumérotée : le texte de la section cite un numéro qui a changé)' : ''}`, '');
      for (const e of c.endings) lines.push(`- ${ending(e)} — cite « ${e.cites} »`);
    }
  }
  part(
    'Scénarios à relire',
    update.scenarios.map((s) => [`- [${s.title}](../decision-tables/${s.id}.md) (\`${s.id}\`) : ${s.endings.map((state) => `\`${state}\``).join(', ')}`]),
  );
  lines.push('', 'La suite : CONTRIBUTING.md, « Quand une politique change ».');
  return lines.join('\n') + '\n';
}
