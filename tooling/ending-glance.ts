// Where the parts of an ending sit on the page, read in the browser (tests and `npm run bench`):
// the verdict, the short answer, the first step, everything the user must do (steps, points to
// weigh, whom to ask) and where the reason starts. Positions are from the top of the document.

export interface EndingGlance {
  /** The whole page's height. */
  height: number;
  verdictBottom: number;
  summaryBottom: number;
  firstStepBottom: number;
  /** Where the « what to do » part (steps, points to weigh, whom to ask) ends. */
  todoBottom: number;
  /** Each step, point to weigh and the contact: what it is and where it ends. */
  todo: { part: string; bottom: number }[];
  /** Where « Pourquoi » starts. */
  whyTop: number;
  label: string;
  explained: string;
  summary: string;
}

/** The two screens of a phone (390×844) within which the « what to do » part should end. */
export const TWO_PHONE_SCREENS = 2 * 844;

/**
 * Script for `page.evaluate` (a string, so that no bundler helper leaks into the page).
 * Resolves to an EndingGlance; throws when the page is not an ending.
 */
export const MEASURE_ENDING_GLANCE = `(() => {
  const box = (selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error('ending glance: no ' + selector + ' on ' + location.pathname);
    const rect = element.getBoundingClientRect();
    return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, text: element.textContent.trim() };
  };
  const bottomOf = (element) => element.getBoundingClientRect().bottom + scrollY;
  const todo = [
    ...[...document.querySelectorAll('.ending-todo .steps li, .ending-todo .step-single')].map((e) => ({ part: 'step', bottom: bottomOf(e) })),
    ...[...document.querySelectorAll('.ending-todo .checklist li')].map((e) => ({ part: 'point to weigh', bottom: bottomOf(e) })),
    { part: 'contact', bottom: box('.ending-todo .ending-contact').bottom },
  ];
  return {
    height: document.documentElement.scrollHeight,
    verdictBottom: box('.verdict h1').bottom,
    summaryBottom: box('.ending-summary').bottom,
    firstStepBottom: box('.ending-todo :is(.steps li, .step-single)').bottom,
    todoBottom: box('.ending-todo').bottom,
    todo,
    whyTop: box('.ending-why').top,
    label: box('.verdict .verdict-text').text,
    explained: box('.verdict-explained').text,
    summary: box('.ending-summary').text,
  };
})()`;
