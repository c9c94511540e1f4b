// New versions of the real policies, made in memory: one sentence reworded, one article or
// section added, one removed. `cites` says, in the words of the scenarios' own section texts,
// which citations name a changed section: the tests compare the report with it.
import { readPolicy } from '../../tooling/policies';

export interface Fixture {
  organisation: string;
  /** Words of one quoted sentence, and what the new version says instead. */
  reword: [string, string];
  /** A section cut out: from its heading line up to the next heading line (kept). */
  remove: { from: string; to: string };
  /** Lines inserted after the line that starts with `after`, blank-line separated. */
  add: { after: string; lines: string[] };
  /** The section texts (spaces normalised) that name the reworded or removed section, or a section they sit in. */
  cites: RegExp;
}

export const fixtures: Fixture[] = [
  {
    organisation: 'cest',
    reword: ['de la corriger rapidement', 'de la corriger sans délai'],
    remove: { from: '12. Les articles concernant', to: '13. La NETiquette' },
    add: { after: '22. Le non-respect', lines: ['23. La présente politique est revue tous les deux ans par la Secrétaire générale.'] },
    cites: /\barticle (8|12)\b/i,
  },
  {
    organisation: 'vbc',
    reword: ['Vérifiez les faits avant de les publier', 'Vérifiez toujours les faits avant de les publier'],
    remove: { from: '2.2. Utilisateurs', to: '2.3. Clientèle' },
    add: { after: 'Ne faites aucune communication fausse', lines: ['3.5. Intelligence artificielle', "L'utilisateur indique tout contenu produit à l'aide d'un outil d'intelligence artificielle."] },
    // « Section 1 – Volet interne (introduction) » does not: the new 3.5 is not in its introduction.
    cites: /^(3\.4|2\.2)\.\s/,
  },
  {
    organisation: 'eq',
    reword: ["ce n'est pas une obligation de votre part", "ce n'est aucunement une obligation de votre part"],
    remove: { from: "Qui s'occupe des médias sociaux d'Élections Québec?", to: 'Est-ce que je peux suivre Élections Québec' },
    add: {
      after: 'Vous croyez qu',
      lines: ['Puis-je répondre à un commentaire sur la page d’Élections Québec?', 'Non. Transmettez le commentaire à votre coordonnatrice ou coordonnateur.'],
    },
    cites: /« Est-ce que je peux suivre Élections Québec|« Qui s'occupe des médias sociaux/,
  },
  {
    organisation: 'on',
    reword: ['de partager des anecdotes et des photos de famille', 'de partager des anecdotes et des photos de votre famille'],
    remove: { from: 'Trousses et soutien pour les députés', to: 'Publication de photos ou de vidéos de ministres' },
    // Under « Mises en situation »: « « Mises en situation » (introduction) » is not changed.
    add: { after: 'Le ministre, en collaboration avec son personnel', lines: ['Mise en situation 5', 'Un ministre souhaite répondre en direct aux questions du public sur son compte personnel.'] },
    // The whole « Pratiques d'utilisation exemplaires » holds « Publication de contenu personnel ».
    cites: /« Publication de contenu personnel »|^« Pratiques d'utilisation exemplaires »$|« Trousses et soutien pour les députés »/,
  },
  {
    organisation: 'stu',
    reword: ['corrigez-la dès que possible', 'corrigez-la sans tarder'],
    remove: { from: '5- Identification', to: '6- Correction' },
    add: { after: 'Si vous faites une erreur', lines: ['7- Transparence', 'Dites clairement quand une publication a été modifiée.'] },
    cites: /« (5|6)- /,
  },
];

/** Whether a line of the policy starts with these words (a table of contents' line does not count). */
const opens = (line: string, words: string) => line.startsWith(words) && !line.includes('.....');

/** The lines a fixture removes (the section's heading and passages). */
export function removedLines(fixture: Fixture): string[] {
  const lines = readPolicy(fixture.organisation).split('\n');
  const from = lines.findIndex((l) => opens(l, fixture.remove.from));
  const to = lines.findIndex((l, i) => i > from && opens(l, fixture.remove.to));
  if (from < 0 || to < 0) throw new Error(`${fixture.organisation}: cannot find the section to remove`);
  return lines.slice(from, to).filter((l) => l.trim() !== '');
}

/** The fixture's new version of the policy; throws if an edit finds nothing to change. */
export function newVersion(fixture: Fixture): string {
  const policy = readPolicy(fixture.organisation);
  const [from, to] = fixture.reword;
  if (policy.split(from).length !== 2) throw new Error(`${fixture.organisation}: « ${from} » is not once in the policy`);
  const lines = policy.replace(from, to).split('\n');
  const start = lines.findIndex((l) => opens(l, fixture.remove.from));
  const end = lines.findIndex((l, i) => i > start && opens(l, fixture.remove.to));
  if (start < 0 || end < 0) throw new Error(`${fixture.organisation}: cannot find the section to remove`);
  lines.splice(start, end - start);
  const at = lines.findIndex((l) => opens(l, fixture.add.after));
  if (at < 0) throw new Error(`${fixture.organisation}: no line starts with « ${fixture.add.after} »`);
  lines.splice(at + 1, 0, ...fixture.add.lines.flatMap((l) => ['', l]));
  return lines.join('\n');
}
