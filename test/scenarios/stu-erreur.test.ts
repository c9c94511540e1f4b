import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-erreur: catalogue endings', () => {
  expectEndings('stu-erreur', [{ answers: [], state: 'corriger', verdict: 'required', contact: 'superieur' }]);
});
