// What users act on, pinned: a short SHA-256 per verdict label (with its explanation) and
// per ending and language (verdict, its label and explanation, short answer, action,
// alternative, reason, contact, quotes, sections and points to weigh). test/fingerprints.json holds the
// reviewed values; `npm run fingerprints` rewrites it on purpose and prints what changed,
// and test/i18n/fingerprints.test.ts fails on any change not regenerated.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { VERDICTS, type StepMeta } from '../engine/model';
import { lookup, type Messages } from '../engine/validate';
import { LANGUAGES } from '../src/i18n/languages';
import { readCommon } from './decision-tables';
import { loadAllScenarios } from './load-scenarios';
import { projectRoot } from './policies';

export const fingerprintsFile = join(projectRoot, 'test', 'fingerprints.json');

export interface Fingerprints {
  note: string;
  /** language → verdict → fingerprint of its label and explanation */
  verdicts: Record<string, Record<string, string>>;
  /** scenario → ending state → language → fingerprint of everything the ending shows */
  endings: Record<string, Record<string, Record<string, string>>>;
}

const NOTE =
  'Fingerprints of what users act on. Do not edit: after reviewing a change to a verdict or an ending against the policy, run `npm run fingerprints` and commit this file.';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const text = (messages: Messages, key: string) => lookup(messages, key) ?? `(missing ${key})`;

export async function computeFingerprints(): Promise<Fingerprints> {
  const common = Object.fromEntries(LANGUAGES.map((lang) => [lang, readCommon(lang)]));
  const verdict = (lang: string, v: string) => ({
    verdict: v,
    label: text(common[lang]!, `ending.verdict.${v}`),
    explained: text(common[lang]!, `ending.verdictExplained.${v}`),
  });
  const verdicts = Object.fromEntries(LANGUAGES.map((lang) => [lang, Object.fromEntries(VERDICTS.map((v) => [v, hash(verdict(lang, v))]))]));
  const endings: Fingerprints['endings'] = {};
  for (const s of await loadAllScenarios()) {
    endings[s.id] = {};
    for (const [state, node] of Object.entries(s.machine.root.states)) {
      const meta = node.meta as StepMeta | undefined;
      if (meta?.kind !== 'ending') continue;
      endings[s.id]![state] = Object.fromEntries(
        LANGUAGES.map((lang) => {
          const t = (key: string) => text(s.messages[lang] ?? {}, key);
          return [
            lang,
            hash({
              ...verdict(lang, meta.verdict),
              summary: t(meta.summary),
              action: t(meta.action),
              alternative: lookup(s.messages[lang] ?? {}, meta.alternative) ?? text(common[lang]!, `org.${s.document}.noAlternative`),
              reason: t(meta.reason),
              contact: text(common[lang]!, `org.${s.document}.contacts.${meta.contact}`),
              quotes: meta.quotes.map((q) => ({ section: t(q.section), text: q.text })),
              sections: meta.citation.sections.map(t),
              checklist: (meta.checklist ?? []).map(t),
            }),
          ];
        }),
      );
    }
  }
  return { note: NOTE, verdicts, endings };
}

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix} / ${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, String(value));
  return out;
}

/** What changed between two sets of fingerprints, one line each ("changed: endings / eq-x / state / en"). */
export function diffFingerprints(before: Partial<Fingerprints>, after: Fingerprints): string[] {
  const a = flatten({ verdicts: before.verdicts ?? {}, endings: before.endings ?? {} });
  const b = flatten({ verdicts: after.verdicts, endings: after.endings });
  const lines: string[] = [];
  for (const [key, value] of b) {
    if (!a.has(key)) lines.push(`added: ${key}`);
    else if (a.get(key) !== value) lines.push(`changed: ${key}`);
  }
  for (const key of a.keys()) if (!b.has(key)) lines.push(`removed: ${key}`);
  return lines;
}
