import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Pages download their scenario on first view; give slow CI machines time.
configure({ asyncUtilTimeout: 4000 });

// The app downloads scenarios asynchronously, as in a browser: let React schedule renders
// itself (no act() queue) and let the tests wait for what appears on screen.
// Events and waits are therefore not wrapped in act() either.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
configure({ eventWrapper: (dispatch) => dispatch(), asyncWrapper: (wait) => wait() });
