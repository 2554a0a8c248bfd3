// The window telling the core that the reader scrolls (app.readerActive, issue 12) is a call of the contract like
// any other: the loopback server and the desktop app's IPC both carry it, and both refuse what it is not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type InvokeSender, invokeFromSender } from '../../../electron/main/ipc-invoke.ts';
import { call, openTestServer, type TestServer } from './support.ts';

let opened: TestServer;

beforeEach(async () => {
  opened = await openTestServer();
});
afterEach(() => opened.close());

const ourPage: InvokeSender = { fromOurWindow: true, frameUrl: 'app://annals/index.html', isMainFrame: true };
const saysWhatIsWrong = 'Invalid input for app.readerActive: activity: say what the reader is doing: "scrolling"';
const badInputs = [{}, { activity: 'dancing' }, { activity: 42 }, { activity: ['scrolling'] }];

describe('telling the core that the reader scrolls', () => {
  it('is answered over the loopback server, and bad input with 400 and what is wrong', async () => {
    const reply = await call(opened.server, 'app.readerActive', { activity: 'scrolling' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: {} });
    for (const input of badInputs) {
      const refused = await call(opened.server, 'app.readerActive', input);
      expect(refused.status, JSON.stringify(input)).toBe(400);
      expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: saysWhatIsWrong } });
    }
  });

  it('is answered over the desktop app’s IPC the same way', async () => {
    const dispatch = opened.core.dispatch;
    expect(await invokeFromSender(ourPage, 'app.readerActive', { activity: 'scrolling' }, dispatch)).toEqual({
      ok: true,
      value: {},
    });
    for (const input of badInputs) {
      expect(await invokeFromSender(ourPage, 'app.readerActive', input, dispatch)).toEqual({
        ok: false,
        error: { code: 'BAD_INPUT', message: saysWhatIsWrong },
      });
    }
  });
});
