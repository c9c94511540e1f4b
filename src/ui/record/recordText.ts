/** The decision record as plain text: what « Copier le résumé » copies and « Télécharger » saves. */
export interface RecordParts {
  heading: string;
  situation: string;
  organisation: string;
  answers: { question: string; answer: string }[];
  verdict: string;
  summary: string;
  action: string[];
  contact: string;
  source: string;
  sections: string[];
  quotes: { text: string; section: string }[];
  checked: string[];
  date: string;
  link: string;
}

export interface RecordLabels {
  situation: string;
  organisation: string;
  answers: string;
  noQuestion: string;
  yourAnswer: string;
  verdict: string;
  action: string;
  contact: string;
  source: string;
  quotes: string;
  checked: string;
  date: string;
  link: string;
}

/** One line per fact, blank lines between parts, numbered steps; nothing but text. */
export function recordText(p: RecordParts, l: RecordLabels): string {
  const lines: string[] = [p.heading, `${l.situation} ${p.situation}`, `${l.organisation} ${p.organisation}`, '', l.answers];
  if (p.answers.length === 0) lines.push(l.noQuestion);
  p.answers.forEach((a, i) => lines.push(`${i + 1}. ${a.question}`, `   ${l.yourAnswer} ${a.answer}`));
  lines.push('', `${l.verdict} ${p.verdict}`, p.summary, '', l.action);
  if (p.action.length === 1) lines.push(p.action[0]!);
  else p.action.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  lines.push('', l.contact, p.contact, '', l.source, p.source, ...p.sections.map((s) => `- ${s}`), '', l.quotes);
  p.quotes.forEach((q) => lines.push(q.text, q.section));
  if (p.checked.length > 0) lines.push('', l.checked, ...p.checked.map((c) => `[x] ${c}`));
  lines.push('', `${l.date} ${p.date}`, `${l.link} ${p.link}`);
  return lines.join('\n') + '\n';
}
