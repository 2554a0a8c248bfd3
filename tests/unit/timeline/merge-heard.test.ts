// "Heard" tells a court hearing only when a case is heard or a court hears it; people hearing news at a meeting tell
// of the meeting, and merge with another outlet's report of that meeting.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

describe('people who heard something, and cases heard', () => {
  const mondayEntryOf = (entries: ReturnType<typeof merged>, start: string) =>
    entries
      .filter((entry) => entry.date === '2026-10-12')
      .find((entry) => entry.sources.some((source) => source.text.startsWith(start)))!
      .sources.map((source) => source.articleId)
      .sort();

  it('shows once a council meeting one outlet tells as what councillors heard and another as the meeting', () => {
    const told = merged(
      'Councillors heard on Monday how the depot flooded. A bus caught fire on Monday.',
      'The council met on Monday over the depot flood. The library reopened on Monday.',
    );
    expect(mondayEntryOf(told, 'Councillors heard')).toEqual(['outlet-1', 'outlet-2']);
    expect(mondayEntryOf(told, 'A bus caught fire')).toEqual(['outlet-1']);
    const blamed = merged(
      'Councillors heard on Monday that a cracked valve had flooded the depot. A bus caught fire on Monday.',
      'At a council meeting on Monday, engineers blamed a cracked valve. The library reopened on Monday.',
    );
    expect(mondayEntryOf(blamed, 'Councillors heard')).toEqual(['outlet-1', 'outlet-2']);
  });

  it('still shows once a case two outlets tell as heard and as ruled on', () => {
    const entries = merged(
      "The landlord's appeal was heard at Carrow Crown Court on Monday. The pool reopened on Monday.",
      "A judge ruled on the landlord's appeal at Carrow Crown Court on Monday. A bus caught fire on Monday.",
    );
    expect(mondayEntryOf(entries, "The landlord's appeal")).toEqual(['outlet-1', 'outlet-2']);
  });
});
