import { setup } from 'xstate';

/** The seven verdicts of the scenario catalogue, exactly one per ending. */
export const VERDICTS = ['allowed', 'allowed-if', 'not-allowed', 'required', 'recommended', 'escalate', 'ask'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** An answer: the event it sends and the i18n key of its label. */
export interface AnswerOption {
  event: string;
  label: string;
}

export interface QuestionMeta {
  kind: 'question';
  question: string;
  hint?: string;
  options: AnswerOption[];
  /** Id of the organisation's shared fact this question asks (see `sharedFact`). */
  fact?: string;
}

/**
 * A fact that several scenarios of one organisation depend on (posts already made today,
 * official capacity, working hours…), defined once in `machines/<org>/facts.ts`. Every
 * question that asks it offers exactly its values, as answers with the same event names and
 * the same wording (a test checks the texts); an ending that rests on it without asking it
 * says which value it takes as given. `test/scenarios/shared-facts.test.ts` lists, per
 * organisation, the verdicts each value leads to and fails on a contradiction: the same
 * settling values (`decisive`) leading to two verdicts.
 */
export interface SharedFact {
  /** `<org>.<name>`, unique in the project. */
  id: string;
  /** The answers, one per value of the fact (event names, as they appear in links). */
  values: readonly string[];
  /**
   * The policy's own words that make this fact matter (word for word, as quotes are): an
   * ending that quotes one of them must have the fact settled on every path to it.
   */
  restsOn: readonly string[];
  /**
   * The values that settle the verdict, together with the other shared facts' settling values
   * on the same path (the daily cap reached: « Non, pas aujourd'hui », unless the post is an
   * emergency notice, itself a shared fact). Two paths, in one scenario or two, that settle the
   * same facts to the same settling values must end on the same verdict. A fact that only
   * says who the user is (a role) settles nothing alone: leave it out.
   */
  decisive?: readonly string[];
  /**
   * Other shared facts whose values decide with this one's settling value (posting later is
   * « Oui » for a ministry post, « À vérifier » for content prepared for the minister): a path
   * that leaves one of them open claims its verdict for every value of it.
   */
  settlesWith?: readonly string[];
}

export function sharedFact(fact: SharedFact): SharedFact {
  return fact;
}

export interface Citation {
  /** Organisation id: its policy title and date or version come from the organisation table. */
  document: string;
  /** i18n keys of the sections cited, in the scenario's namespace. */
  sections: string[];
}

/** A passage of the source policy, word for word in French (source data, never translated). */
export interface PolicyQuote {
  /** i18n key of the section it comes from (`sections.<name>`), one the ending cites. */
  section: string;
  /** The policy's own words, copied from `policies/<sourceFile>` (a test checks it). */
  text: string;
}

export interface EndingMeta {
  kind: 'ending';
  verdict: Verdict;
  /** i18n key: one plain sentence answering the user's own question, shown under the verdict. */
  summary: string;
  /** i18n key; its value is a sentence or a list of steps. */
  action: string;
  /**
   * i18n key of the alternative the policy gives. When the scenario's texts have none, the
   * policy offers nothing beyond whom to ask, and the ending says so in one line.
   */
  alternative: string;
  reason: string;
  /** Contact id from the organisation table (the policy's own contacts). */
  contact: string;
  citation: Citation;
  /** The passages the ending rests on, at least one. */
  quotes: [PolicyQuote, ...PolicyQuote[]];
  /** i18n keys of the points to weigh (the policy's risks and elements to consider). */
  checklist?: string[];
  /**
   * Shared facts this ending takes as settled without a question on its path (the
   * scenario's own situation fixes them): fact id → value.
   */
  given?: Record<string, string>;
}

export type StepMeta = QuestionMeta | EndingMeta;

/**
 * Every scenario machine is built from this setup, so a state's meta is type-checked. Pure:
 * a bundle that only reads machines (the browser's, which gets them as data) drops XState.
 */
export const scenarioSetup = /* @__PURE__ */ setup({
  types: {
    meta: {} as StepMeta,
  },
});

/** One state of a flat scenario machine, as the engine reads it (XState's StateNode has this shape). */
export interface ScenarioStateNode {
  type: string;
  meta?: unknown;
  /** event → its transitions, each with the states it targets. */
  on: Record<string, readonly { target?: readonly { key: string }[] | undefined }[]>;
  states: Record<string, unknown>;
}

/**
 * What the engine reads of a scenario machine: an XState machine built with `scenarioSetup`
 * (machines/, tests, build), or the same read as data in the browser
 * (`virtual:scenario-machine/<id>`, tooling/scenario-machine.ts), which needs no XState.
 */
export interface ScenarioMachine {
  id: string;
  config: { initial?: unknown };
  root: { initial?: { target?: readonly { key: string }[] } | undefined; states: Record<string, ScenarioStateNode> };
}

/**
 * Meta of a question state whose texts follow the convention `<state>.question`,
 * `<state>.hint` and `<state>.options.<event>` in the scenario's namespace.
 */
export function question(state: string, events: string[], opts: { hint?: boolean } = {}): QuestionMeta {
  return {
    kind: 'question',
    question: `${state}.question`,
    ...(opts.hint ? { hint: `${state}.hint` } : {}),
    options: events.map((event) => ({ event, label: `${state}.options.${event}` })),
  };
}

/** A question that asks a shared fact: its answers are the fact's values, in the fact's order. */
export function factQuestion(state: string, fact: SharedFact, opts: { hint?: boolean } = {}): QuestionMeta {
  return { ...question(state, [...fact.values], opts), fact: fact.id };
}

/**
 * Meta of an ending whose texts follow the convention `<state>.summary`, `<state>.action`,
 * `<state>.alternative` and `<state>.reason`; checklist items are shared by the scenario's
 * endings (`checklist.<item>`). `sections` and each quote's `section` name keys of the
 * scenario's `sections` texts; a quote's `text` is the policy's French, word for word.
 */
export function ending(
  state: string,
  fields: {
    verdict: Verdict;
    contact: string;
    document: string;
    sections: string[];
    quotes: [{ section: string; text: string }, ...{ section: string; text: string }[]];
    checklist?: string[];
    /** Shared facts the scenario's situation settles without asking: the fact → its value. */
    given?: [SharedFact, string][];
  },
): EndingMeta {
  const [first, ...rest] = fields.quotes.map((q) => ({ section: `sections.${q.section}`, text: q.text }));
  return {
    kind: 'ending',
    verdict: fields.verdict,
    summary: `${state}.summary`,
    action: `${state}.action`,
    alternative: `${state}.alternative`,
    reason: `${state}.reason`,
    contact: fields.contact,
    citation: { document: fields.document, sections: fields.sections.map((s) => `sections.${s}`) },
    quotes: [first!, ...rest],
    ...(fields.checklist ? { checklist: fields.checklist.map((item) => `checklist.${item}`) } : {}),
    ...(fields.given ? { given: Object.fromEntries(fields.given.map(([fact, value]) => [fact.id, value])) } : {}),
  };
}
