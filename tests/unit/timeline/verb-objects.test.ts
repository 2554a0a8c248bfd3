// How a sentence tells a verb: done to something or alone (verb-objects.ts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { verbUseOf } from '../../../electron/core/timeline/language/verb-objects.ts';

describe('reading whether a verb is done to something', () => {
  it('reads a verb followed by when and why as alone', () => {
    expect(verbUseOf('The harbour master retired on Friday after 40 years.', 'retire')).toBe('alone');
    expect(verbUseOf('The rebels retreated from the ridge.', 'retreat')).toBe('alone');
  });

  it('reads an object or a passive as done to something', () => {
    expect(verbUseOf('The board withdrew the licence of the Anchor Inn.', 'withdraw')).toBe('doneTo');
    expect(verbUseOf('The licence was revoked on Friday.', 'revoke')).toBe('doneTo');
  });

  it('passes over a time told between the verb and its object', () => {
    expect(verbUseOf('The board withdrew on Friday the licence of the Anchor Inn.', 'withdraw')).toBe('doneTo');
    expect(verbUseOf('The council agreed this afternoon to spend £2 million.', 'agree')).toBeUndefined();
  });

  it('leaves a verb with a prepositional object unread', () => {
    expect(verbUseOf('The council will pay for a new footbridge.', 'pay')).toBeUndefined();
  });
});
