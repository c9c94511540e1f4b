import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-suivre-partager: catalogue endings', () => {
  expectEndings('eq-suivre-partager', [{ answers: [], state: 'suivrePartager', verdict: 'allowed', contact: 'coordinator' }]);
});
