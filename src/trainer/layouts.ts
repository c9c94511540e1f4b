import type { Language } from '../i18n/languages';
import { download } from '../ui/downloads';
import type { PlacedDiagram } from './layout';

const indexes: Record<Language, () => Promise<{ default: Record<string, () => Promise<{ default: PlacedDiagram }>> }>> = {
  fr: () => import('virtual:diagram-layouts/fr'),
  en: () => import('virtual:diagram-layouts/en'),
};

/**
 * A scenario's diagram, laid out at build time in that language: downloaded by the pages that
 * draw it (one small file each), never laid out in the browser.
 */
export function loadLayout(lang: Language, id: string): Promise<PlacedDiagram> {
  return download(`diagram:${lang}:${id}`, async () => {
    const load = (await indexes[lang]()).default[id];
    if (!load) throw new Error(`No diagram for ${id}`);
    return (await load()).default;
  });
}
