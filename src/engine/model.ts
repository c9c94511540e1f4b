import { setup, type AnyStateMachine } from 'xstate';

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
}

export interface Citation {
  /** Organisation id: its policy title and date or version come from the organisation table. */
  document: string;
  /** i18n keys of the sections cited, in the scenario's namespace. */
  sections: string[];
}

export interface EndingMeta {
  kind: 'ending';
  verdict: Verdict;
  /** i18n key; its value is a sentence or a list of steps. */
  action: string;
  alternative: string;
  reason: string;
  /** Contact id from the organisation table (the policy's own contacts). */
  contact: string;
  citation: Citation;
  /** i18n keys of the points to weigh (the policy's risks and elements to consider). */
  checklist?: string[];
}

export type StepMeta = QuestionMeta | EndingMeta;

/** Every scenario machine is built from this setup, so a state's meta is type-checked. */
export const scenarioSetup = setup({
  types: {
    meta: {} as StepMeta,
  },
});

/** Any machine built with `scenarioSetup` (meta is checked where the machine is written). */
export type ScenarioMachine = AnyStateMachine;

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

/**
 * Meta of an ending whose texts follow the convention `<state>.action`,
 * `<state>.alternative` and `<state>.reason`; checklist items are shared by the scenario's
 * endings (`checklist.<item>`).
 */
export function ending(
  state: string,
  fields: { verdict: Verdict; contact: string; document: string; sections: string[]; checklist?: string[] },
): EndingMeta {
  return {
    kind: 'ending',
    verdict: fields.verdict,
    action: `${state}.action`,
    alternative: `${state}.alternative`,
    reason: `${state}.reason`,
    contact: fields.contact,
    citation: { document: fields.document, sections: fields.sections.map((s) => `sections.${s}`) },
    ...(fields.checklist ? { checklist: fields.checklist.map((item) => `checklist.${item}`) } : {}),
  };
}
