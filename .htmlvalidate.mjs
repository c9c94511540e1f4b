// html-validate over every prerendered page (test/browser/html-validate.test.ts): structure,
// ids, labels, landmarks and ARIA, in seconds. What is off, and why:
export default {
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // Markup style, not structure: React writes `<meta/>`, `hrefLang`, `novalidate=""` and `hidden=""`, Vite `defer`.
    'doctype-style': 'off',
    'void-style': 'off',
    'attr-case': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // A page's title is its question, which can be long; the h1 says the same.
    'long-title': 'off',
    // The comparison table keeps its roles on purpose: its CSS lays it out as blocks on a
    // phone, and `display` drops a table's semantics in some browsers.
    'no-redundant-role': 'off',
    // The trainer's selection is a GET form with one checkbox `s` per scenario.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // React's useId gives ids such as `_R_15s_`, valid in HTML.
    'valid-id': ['error', { relaxed: true }],
  },
};
