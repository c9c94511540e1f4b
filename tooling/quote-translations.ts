// English renderings of the policies' own words, for English pages: each ending quotes its
// policy in French (word for word, the authoritative text); an English page follows each quote
// with its rendering, marked as an unofficial translation. One file per organisation, mapping
// each distinct French quote text, exactly as the machines write it, to its rendering.
//
// The file name must not end in `.en.json`: ./machine-files.ts takes every `<name>.en.json` of
// an organisation's folder for a scenario's texts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyStateMachine } from 'xstate';
import type { StepMeta } from '../engine/model.ts';
import { MACHINES_DIR } from './machine-files.ts';

export const quoteTranslationsFile = (organisation: string) => join(MACHINES_DIR, organisation, 'quotes-en.json');

/** An organisation's renderings, by French quote text; empty when it has no file. */
export function quoteTranslations(organisation: string): Record<string, string> {
  const file = quoteTranslationsFile(organisation);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** The distinct quote texts of a scenario's endings, in the order the machine gives them. */
export function endingQuotes(machine: AnyStateMachine): string[] {
  const texts = Object.values(machine.root.states).flatMap((node) => {
    const meta = node.meta as StepMeta | undefined;
    return meta?.kind === 'ending' ? meta.quotes.map((q) => q.text) : [];
  });
  return [...new Set(texts)];
}

export interface TranslationGaps {
  /** Quotes of its endings that have no rendering. */
  missing: string[];
  /** Renderings of texts that none of its endings quotes any more. */
  stale: string[];
}

/** What an organisation's renderings lack and hold too many of, against its scenarios' machines. */
export function translationGaps(machines: readonly AnyStateMachine[], translations: Record<string, string>): TranslationGaps {
  const quoted = new Set(machines.flatMap(endingQuotes));
  return {
    missing: [...quoted].filter((text) => !Object.hasOwn(translations, text)),
    stale: Object.keys(translations).filter((text) => !quoted.has(text)),
  };
}
