import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-parler-au-nom: catalogue endings', () => {
  expectEndings('stu-parler-au-nom', [{ answers: [], state: 'pasAuNom', verdict: 'not-allowed', contact: 'superieur' }]);
});
