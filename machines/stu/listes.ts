// The lists of saint-urbain.txt that endings quote: a lead-in ending in « : », then its items.
// An ending quotes the lead-in and the items it rests on as one quote, so that an item never
// reads as a passage on its own.
import { ELISION } from '../../engine/quotes';

export interface PolicyList<Item extends string> {
  /** The section the items are in: the joined quote's. */
  section: string;
  leadIn: string;
  /** The items by name, in the policy's order, without the « ; » that ends all but the last. */
  items: Record<Item, string>;
}

export const policyList = <Item extends string>(section: string, leadIn: string, items: Record<Item, string>): PolicyList<Item> => ({
  section,
  leadIn,
  items,
});

/**
 * One quote of a list's lead-in and the items named, in the policy's order: « Lead-in : item »,
 * with « […] » for the items left out before or between them. Two items next to each other keep
 * the policy's « ; », line break and bullet (layout, forgiven by engine/quotes.ts) rather than
 * run into one sentence.
 */
export function quoteList<Item extends string>(list: PolicyList<Item>, ...quoted: [Item, ...Item[]]): { section: string; text: string } {
  const names = Object.keys(list.items) as Item[];
  const positions = [...new Set(quoted.map((name) => names.indexOf(name)))].sort((a, b) => a - b);
  let text = list.leadIn;
  let previous = -1;
  for (const at of positions) {
    const separator = at > previous + 1 ? ` ${ELISION} ` : previous === -1 ? ' ' : ';\n• ';
    text += separator + list.items[names[at]!];
    previous = at;
  }
  return { section: list.section, text };
}

/** « Rôles et responsabilités »: what the administration is responsible for. */
export const administrationResponsable = policyList('roles', "L'administration de la municipalité est responsable :", {
  pageFacebook: "De l'administration de la page Facebook de la Municipalité",
  comptesOfficiels: 'De la présence de la Municipalité sur les comptes officiels créés sur les médias sociaux',
  soutenir:
    'De soutenir les différents services en lien avec l\'utilisation des médias sociaux et de fournir des conseils techniques facilitant le travail des employés et favorisant l\'utilisation optimale des multiples outils de communication.',
});

/** « Rôles et responsabilités »: what employees are responsible for. */
export const employesResponsables = policyList('roles', 'Les employés sont responsables :', {
  outils: "De s'informer auprès de l'administration des meilleurs outils et services pour répondre à leurs besoins en matière de communication",
  respecterCadre: "De s'assurer que leur utilisation des médias sociaux respecte le présent cadre",
  questionnement: "De s'informer auprès de leur supérieur immédiat en cas de questionnement.",
});
