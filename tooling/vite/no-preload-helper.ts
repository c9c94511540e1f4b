import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic import in its preload helper, even with `modulePreload: false`
 * (vitejs/vite#13952, #18551); here every dependency list is empty (the site has one
 * stylesheet, linked by the page), so each `__vitePreload(fn, [])` is only `fn()`: the helper
 * module is replaced by that one line, and each call unwrapped (about 1 KB gzipped off every page).
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    // The helper itself, reduced to what an empty list means, in case a call is left wrapped.
    load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
    // After Vite's own renderChunk, which writes each dependency list in place of `__VITE_PRELOAD__`.
    renderChunk: { order: 'post', handler(code) {
      const call = '__vitePreload(';
      if (!code.includes(call)) return null;
      let out = '';
      let from = 0;
      for (let start = code.indexOf(call); start !== -1; start = code.indexOf(call, from)) {
        // The call's closing parenthesis (no string in these calls holds a parenthesis).
        let depth = 0;
        let end = start + call.length - 1;
        for (; end < code.length; end++) {
          if (code[end] === '(') depth++;
          else if (code[end] === ')' && --depth === 0) break;
        }
        const args = code.slice(start + call.length, end);
        // `__VITE_PRELOAD__` is the list Vite writes later: empty here, as the check below makes sure.
        const empty = /,\s*(\[\]|__VITE_PRELOAD__)\s*$/.exec(args);
        if (!empty) throw new Error(`no-preload-helper: a dynamic import with dependencies: ${args.slice(0, 120)}`);
        out += code.slice(from, start) + `(${args.slice(0, empty.index)})()`;
        from = end + 1;
      }
      return { code: out + code.slice(from), map: null };
    } },
    generateBundle(_options, bundle) {
      // The lists are empty because the site has one stylesheet: a second one would need them.
      const styles = Object.keys(bundle).filter((name) => name.endsWith('.css'));
      if (styles.length > 1) throw new Error(`no-preload-helper: more than one stylesheet (${styles.join(', ')}): dynamic imports would need Vite's preload helper`);
    },
  };
}
