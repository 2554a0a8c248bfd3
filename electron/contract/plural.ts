/**
 * “1 article”, “3 articles” (or the plural given: “entries”). One helper for the core's messages, the CLI and the
 * window, so no reader is told “article(s)”. Annals speaks English only; a second language would want
 * Intl.PluralRules and whole translated sentences instead.
 */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The verb that agrees with a count: “1 line was”, “3 lines were”. */
export const wasOrWere = (count: number) => (count === 1 ? 'was' : 'were');
