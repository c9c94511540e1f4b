import { describe, expect, it } from 'vitest';
import * as ScenarioPage from '../../src/ui/ScenarioPage';
import { loadOrganisationTexts } from '../../src/ui/moreTexts';
import { i18nFor } from '../../src/ui/i18nInstances';

// React's `use` suspends on a promise it has not seen: a page that passes it a new promise on
// every render renders forever (the walker did, and hung the tab when clicked early).
describe("the scenario page's texts", () => {
  it('are one promise per language, the same on every call, that resolves', async () => {
    expect(ScenarioPage.ready('fr')).toBe(ScenarioPage.ready('fr'));
    expect(ScenarioPage.ready('en')).toBe(ScenarioPage.ready('en'));
    expect(ScenarioPage.ready('fr')).not.toBe(ScenarioPage.ready('en'));
    await expect(ScenarioPage.ready('fr')).resolves.toBeUndefined();
  });

  it("the organisation's texts too, and they bring that organisation's contacts only", async () => {
    expect(loadOrganisationTexts('fr', 'eq')).toBe(loadOrganisationTexts('fr', 'eq'));
    await loadOrganisationTexts('fr', 'eq');
    const org = i18nFor('fr').getResourceBundle('fr', 'common').org as Record<string, { contacts?: unknown }>;
    expect(org.eq?.contacts).toBeDefined();
    expect(org.on?.contacts).toBeUndefined();
  });
});
