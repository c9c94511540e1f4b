// wouter and react-i18next import `useSyncExternalStore` from the `use-sync-external-store` shim, written for
// React before 18; React 19 has it built in. vite.config.ts points the shim here, which keeps
// the shim's code (0.7 KB gzipped) out of every page's first download.
export { useSyncExternalStore } from 'react';
