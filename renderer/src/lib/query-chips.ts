import { describeQuery, parseQuery } from '../../../electron/contract/search-query.ts';

export interface FilterChip {
  label: string;
  /** The query without this filter. */
  without: string;
}

/** describeQuery's chip kinds, as the operators typed in the query. */
const operators: Record<string, string> = {
  '-tags': 'tag',
  '-sites': 'site',
  '-authors': 'author',
  '-is': 'is',
  '-has': 'has',
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The filters in a query as removable chips; none while the query does not parse. */
export function filterChips(query: string): FilterChip[] {
  let parsed: ReturnType<typeof parseQuery>;
  try {
    parsed = parseQuery(query);
  } catch {
    return [];
  }
  return describeQuery(parsed).map((chip) => {
    const operator = chip.kind === 'not' ? '' : (operators[chip.kind] ?? chip.kind);
    const negated = chip.kind.startsWith('-') || chip.kind === 'not' ? '-' : '';
    const value =
      chip.kind === 'after' || chip.kind === 'before'
        ? '\\S+'
        : `(?:"${escapeRegExp(chip.value)}"|${escapeRegExp(chip.value)})`;
    const pattern = new RegExp(
      `(^|\\s)${negated}${operator ? `${escapeRegExp(operator)}:` : ''}${value}(?=\\s|$)`,
      'i',
    );
    return { label: chip.label, without: query.replace(pattern, ' ').replace(/\s+/g, ' ').trim() };
  });
}

/** One-click filters the search box offers. */
export const quickFilters = [
  { label: 'Unread', token: 'is:unread' },
  { label: 'Favorites', token: 'is:favorite' },
  { label: 'With highlights', token: 'has:highlights' },
  { label: 'Archived', token: 'is:archived' },
];
