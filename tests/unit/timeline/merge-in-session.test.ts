// Schools "back in session" on a day tell a state of sitting, not a meeting: they are not the council meeting another
// outlet reports that evening. Written for this test; the outlets publish on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('"in session"', () => {
  it('tells no meeting', () => {
    const text = 'Harrow Vale schools, shut on Monday during the manhunt, will be back in session on Thursday.';
    expect([...reportAt(text, 'Thursday').actions]).not.toContain('talks');
  });

  it('keeps schools back in session apart from a meeting that evening', () => {
    const entries = merged(
      'The county board will meet in special session on Thursday evening to settle next year’s budget.',
      'Harrow Vale schools, shut on Monday during the manhunt, will be back in session on Thursday.\n\n' +
        'Police will start a door-to-door search of the estate on Thursday.',
    );
    const meeting = entries.find((entry) => entry.text.startsWith('The county board'));
    expect(meeting?.sources).toHaveLength(1);
  });
});
