// An arrest and a charge are two steps of one case, often hours apart on one day ("arrested … on Thursday afternoon",
// "was charged late that night"), and both read as the arrest action (legal-action-words.ts): one word list serves
// outlets that tell the whole case in one word ("police held a man", "a man has been charged"). They are two
// happenings only where the story itself tells them apart: when some article tells, of that date, an arrest in one
// sentence and a charge in another. Where no outlet does, "arrested on Monday" and "charged on Monday" may be one
// outlet's and another's word for the one step the story tells, and they stay as alike as their words make them.
import type { MergeItem } from './likeness-features.ts';

export type LegalStep = 'arrest' | 'charge';

// Being charged with an offence ("was charged on Monday with …"), not a battery charged or a crowd charging police.
const CHARGE =
  /\b(?:(?:arrested|detained)\s+and\s+charged\b|(?:was|were|been|being|is|are|be|get|got)\s+(?:\p{Ll}+ly\s+)?charged\b(?=[^.;]{0,60}\b(?:with|over|in\s+connection)\b)|charged\s+(?:him|her|them|the\s+\p{Ll}+|a\s+[\p{Ll}\d-]+(?:\s+\p{Ll}+)?)\s+with\b|charges?\s+(?:of|against)\b|(?:laid|brought|filed|pressed)\s+(?:\p{Ll}+\s+)?charges\b)/iu;
// Taken into custody: arrested, detained, apprehended.
const ARREST = /\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|in\s+custody)\b/iu;

/** The one step of a case a sentence tells: an arrest or a charge, not both, or neither. */
export function legalStepOf(sentence: string): LegalStep | undefined {
  const charge = CHARGE.test(sentence);
  const arrest = ARREST.test(sentence);
  if (charge === arrest) return undefined;
  return charge ? 'charge' : 'arrest';
}

/**
 * Marks each report with the step of a case its sentence tells, and whether some article of the story tells, of the
 * report's date, both steps in separate sentences: then the story tells two happenings, the arrest and the charge.
 */
export function markLegalSteps(items: readonly MergeItem[]): void {
  const stepsByArticleDate = new Map<string, Set<LegalStep>>();
  for (const item of items) {
    const step = legalStepOf(item.sentence);
    if (!step) continue;
    item.legalStep = step;
    const key = `${item.articleId}\u0000${item.key}`;
    stepsByArticleDate.set(key, (stepsByArticleDate.get(key) ?? new Set()).add(step));
  }
  const datesTold = new Set<string>();
  for (const [key, steps] of stepsByArticleDate) if (steps.size === 2) datesTold.add(key.split('\u0000')[1]!);
  for (const item of items) if (item.legalStep && datesTold.has(item.key)) item.stepsToldApart = true;
}

/** One report tells an arrest and the other a charge, of a date the story tells both steps of apart. */
export function arrestBesideCharge(a: MergeItem, b: MergeItem): boolean {
  return (
    a.legalStep !== undefined &&
    b.legalStep !== undefined &&
    a.legalStep !== b.legalStep &&
    Boolean(a.stepsToldApart || b.stepsToldApart)
  );
}
