/**
 * The search syntax, as typed in the search box, the palette and `annals search`: words (all must
 * match), "exact phrases", -word and -"phrase" to leave out, and filters: tag:, site:, author:,
 * feed:, story:, is:unread|read|archived|favorite, has:highlights|notes, before: and after: dates.
 */
export interface ParsedQuery {
  terms: string[];
  phrases: string[];
  excludedTerms: string[];
  excludedPhrases: string[];
  tags: string[];
  sites: string[];
  authors: string[];
  feeds: string[];
  stories: string[];
  is: ('unread' | 'read' | 'archived' | 'favorite')[];
  has: ('highlights' | 'notes')[];
  /** Only dates before the start of this day, month or year (ISO date). */
  before: string | null;
  /** Only dates from the start of this day, month or year (ISO date). */
  after: string | null;
  /** Negated filters (-tag:x, -is:archived, …): articles matching any of them are left out. */
  not: { tags: string[]; sites: string[]; authors: string[]; is: ParsedQuery['is']; has: ParsedQuery['has'] };
}

export class QueryError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

const IS_VALUES = ['unread', 'read', 'archived', 'favorite'] as const;
const HAS_VALUES = ['highlights', 'notes'] as const;
const LIST_OPERATORS = { tag: 'tags', site: 'sites', author: 'authors', feed: 'feeds', story: 'stories' } as const;
const MAX_QUERY = 1_000;

export function emptyQuery(): ParsedQuery {
  return {
    terms: [],
    phrases: [],
    excludedTerms: [],
    excludedPhrases: [],
    tags: [],
    sites: [],
    authors: [],
    feeds: [],
    stories: [],
    is: [],
    has: [],
    before: null,
    after: null,
    not: { tags: [], sites: [], authors: [], is: [], has: [] },
  };
}

export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY)
    throw new QueryError(`A search can be at most ${MAX_QUERY} characters long.`, MAX_QUERY);
  const query = emptyQuery();
  let at = 0;
  const skipSpace = () => {
    while (at < input.length && /\s/.test(input[at]!)) at++;
  };
  const readQuoted = (): string => {
    const open = at;
    at++; // the opening quote
    const close = input.indexOf('"', at);
    if (close === -1) throw new QueryError(`The quote opened at position ${open + 1} is never closed.`, open);
    const value = input.slice(at, close);
    at = close + 1;
    return value.trim().replace(/\s+/g, ' ');
  };
  const readWord = (): string => {
    const start = at;
    while (at < input.length && !/\s/.test(input[at]!)) at++;
    return input.slice(start, at);
  };

  for (skipSpace(); at < input.length; skipSpace()) {
    const start = at;
    const negated = input[at] === '-' && at + 1 < input.length && !/\s/.test(input[at + 1]!);
    if (negated) at++;
    if (input[at] === '"') {
      const phrase = readQuoted();
      if (phrase) (negated ? query.excludedPhrases : query.phrases).push(phrase.toLowerCase());
      continue;
    }
    const operator = /^([a-z]+):/i.exec(input.slice(at));
    if (operator && isOperator(operator[1]!.toLowerCase())) {
      const name = operator[1]!.toLowerCase();
      at += operator[0].length;
      const value = input[at] === '"' ? readQuoted() : readWord();
      if (!value) throw new QueryError(`${name}: needs a value, like ${example(name)}.`, start);
      if (negated) applyNegated(query, name, value, start);
      else applyOperator(query, name, value, start);
      continue;
    }
    const word = readWord().toLowerCase();
    if (!word || word === '-') continue;
    (negated ? query.excludedTerms : query.terms).push(word);
  }
  return query;
}

function isOperator(name: string): boolean {
  return name in LIST_OPERATORS || name === 'is' || name === 'has' || name === 'before' || name === 'after';
}

function example(name: string): string {
  switch (name) {
    case 'is':
      return 'is:unread';
    case 'has':
      return 'has:highlights';
    case 'before':
    case 'after':
      return `${name}:2025-05-16`;
    default:
      return `${name}:"some value"`;
  }
}

function applyOperator(query: ParsedQuery, name: string, value: string, position: number): void {
  const lower = value.toLowerCase();
  if (name in LIST_OPERATORS) {
    query[LIST_OPERATORS[name as keyof typeof LIST_OPERATORS]].push(lower);
  } else if (name === 'is') {
    if (!(IS_VALUES as readonly string[]).includes(lower)) {
      throw new QueryError(
        `is:${value} is not something an article can be; try ${IS_VALUES.map((v) => `is:${v}`).join(', ')}.`,
        position,
      );
    }
    query.is.push(lower as ParsedQuery['is'][number]);
  } else if (name === 'has') {
    if (!(HAS_VALUES as readonly string[]).includes(lower)) {
      throw new QueryError(`has:${value} is not known; try has:highlights or has:notes.`, position);
    }
    query.has.push(lower as ParsedQuery['has'][number]);
  } else {
    const bounds = dateBounds(value);
    if (!bounds)
      throw new QueryError(`${name}:${value} is not a date; write it as 2025, 2025-05 or 2025-05-16.`, position);
    if (name === 'before') query.before = bounds.start;
    else query.after = bounds.start;
  }
}

function applyNegated(query: ParsedQuery, name: string, value: string, position: number): void {
  const probe = emptyQuery();
  applyOperator(probe, name, value, position);
  if (name === 'tag') query.not.tags.push(...probe.tags);
  else if (name === 'site') query.not.sites.push(...probe.sites);
  else if (name === 'author') query.not.authors.push(...probe.authors);
  else if (name === 'is') query.not.is.push(...probe.is);
  else if (name === 'has') query.not.has.push(...probe.has);
  else
    throw new QueryError(
      `-${name}: cannot be turned around; use ${name === 'before' ? 'after:' : name === 'after' ? 'before:' : `${name}:`} instead.`,
      position,
    );
}

/** The first day of a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD (also with / or .). */
function dateBounds(value: string): { start: string } | null {
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { start: date.toISOString().slice(0, 10) };
}

/** The filters of a query as chips the search box can show and remove. */
export function describeQuery(query: ParsedQuery): { kind: string; value: string; label: string }[] {
  const chips: { kind: string; value: string; label: string }[] = [];
  for (const [kind, values] of [
    ['tag', query.tags],
    ['site', query.sites],
    ['author', query.authors],
    ['feed', query.feeds],
    ['story', query.stories],
    ['is', query.is],
    ['has', query.has],
  ] as const) {
    for (const value of values) chips.push({ kind, value, label: `${kind}:${value}` });
  }
  if (query.after) chips.push({ kind: 'after', value: query.after, label: `after ${query.after}` });
  if (query.before) chips.push({ kind: 'before', value: query.before, label: `before ${query.before}` });
  const singular: Record<string, string> = { tags: 'tag', sites: 'site', authors: 'author', is: 'is', has: 'has' };
  for (const [kind, values] of Object.entries(query.not)) {
    for (const value of values) chips.push({ kind: `-${kind}`, value, label: `not ${singular[kind]}:${value}` });
  }
  for (const term of query.excludedTerms) chips.push({ kind: 'not', value: term, label: `not “${term}”` });
  for (const phrase of query.excludedPhrases) chips.push({ kind: 'not', value: phrase, label: `not “${phrase}”` });
  return chips;
}
