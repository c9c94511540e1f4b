// Nothing said twice at the top of an ending: the verdict's label (« Oui, à certaines
// conditions »), its explanation (« La politique le permet seulement… ») and the short answer
// each start differently, so the answer adds what the label and explanation do not say.
import { describe, expect, it } from 'vitest';
import { VERDICTS, type StepMeta } from '../../engine/model';
import { lookup } from '../../engine/validate';
import { LANGUAGES } from '../../src/i18n/languages';
import { commonTexts } from '../../tooling/machine-files';
import { loadAllScenarios } from '../../tooling/load-scenarios';
import { sameStart } from './same-start';

const all = await loadAllScenarios();

describe('the top of an ending says each thing once', () => {
  for (const lang of LANGUAGES) {
    const common = commonTexts(lang).texts;
    const say = (key: string) => String(lookup(common, key));
    const labels = VERDICTS.map((v) => say(`ending.verdict.${v}`));

    it(`${lang}: no verdict's label and explanation start alike`, () => {
      for (const v of VERDICTS) expect(sameStart(say(`ending.verdict.${v}`), say(`ending.verdictExplained.${v}`)), v).toBe(false);
    });

    it(`${lang}: no short answer starts like a verdict's label or its ending's explanation`, () => {
      const repeats: string[] = [];
      for (const s of all) {
        for (const [state, node] of Object.entries(s.machine.root.states)) {
          const meta = node.meta as StepMeta | undefined;
          if (meta?.kind !== 'ending') continue;
          const summary = String(lookup(s.messages[lang]!, meta.summary));
          const explained = say(`ending.verdictExplained.${meta.verdict}`);
          const echoed = [...labels, explained].find((text) => sameStart(text, summary));
          if (echoed) repeats.push(`${s.id} / ${state}: « ${summary.slice(0, 60)}… » starts like « ${echoed} »`);
        }
      }
      expect(repeats).toEqual([]);
    });
  }

  it('compares the first words, ignoring case and punctuation', () => {
    expect(sameStart('Oui', 'Oui, à condition de…')).toBe(true);
    expect(sameStart('Oui, à certaines conditions', 'Oui, à condition de…')).toBe(true);
    expect(sameStart('Oui', 'Oui : vous pouvez')).toBe(true);
    expect(sameStart('La politique le permet.', 'La politique ne dit pas')).toBe(true);
    expect(sameStart('La politique le permet.', 'La FAQ ne dit pas')).toBe(false);
    expect(sameStart('Non', 'Vous ne pouvez pas')).toBe(false);
    expect(sameStart('À vérifier', 'À vérifier auprès de votre DS : …')).toBe(true);
    expect(sameStart('Check first', 'Check first with your RO: …')).toBe(true);
    expect(sameStart('Check first', 'Ask your RO first')).toBe(false);
  });
});
