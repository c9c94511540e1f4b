import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-commentaire-douteux: catalogue endings', () => {
  expectEndings('stu-commentaire-douteux', [{ answers: [], state: 'signaler', verdict: 'escalate', contact: 'dg' }]);
});
