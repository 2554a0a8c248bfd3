// @vitest-environment jsdom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './support.tsx';

// A feed server on the reader's own network (127.0.0.1 stands in for it): no article pages, the items' summaries do.
let feedServer: Server;
let feedUrl: string;
let requests = 0;
let app: RenderedApp;

beforeEach(async () => {
  requests = 0;
  feedServer = createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.end(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Home server</title><item><title>Backup done</title><guid>b1</guid><description>&lt;p&gt;The nightly backup of every machine in the house finished without errors, as it does most nights.&lt;/p&gt;</description></item></channel></rss>',
    );
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
  app = await renderApp();
});
afterEach(async () => {
  await app.close();
  await new Promise<void>((resolve) => feedServer.close(() => resolve()));
});

async function runCommand(name: string) {
  await screen.findByRole('heading', { name: 'Welcome to Annals' });
  act(() => {
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  });
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: name } });
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
}

describe('the local network', () => {
  it('asks before following a feed on this computer or the local network, naming its address', async () => {
    await runCommand('Follow a feed');
    const dialog = await screen.findByRole('dialog', { name: 'Follow a feed' });
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: feedUrl } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Follow' }));
    const question = await within(dialog).findByRole('alert');
    expect(question.textContent).toContain(`${feedUrl} is on this computer or your local network (127.0.0.1)`);
    expect(requests).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Follow it on 127.0.0.1' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Follow a feed' })).toBeNull(), {
      timeout: 20_000,
    });
    const envelope = await app.core.dispatch('feeds.list', {});
    expect(envelope.ok && envelope.value).toMatchObject({ feeds: [{ url: feedUrl, allowPrivateNetwork: true }] });
  });

  it('has the switch in Settings › Network, off until the reader turns it on', async () => {
    await runCommand('Settings');
    const settings = await screen.findByRole('dialog', { name: 'Settings' });
    const network = within(settings).getByRole('region', { name: 'Network' });
    const toggle = within(network).getByRole('checkbox', { name: /reach this computer and my local network/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(app.settings()).toMatchObject({ allowLocalNetwork: true }));
  });

  it('lets the reader grant a feed the local network again from its settings, as after a restore', async () => {
    await app.core.dispatch('settings.set', { allowLocalNetwork: true });
    const added = await app.core.dispatch('feeds.add', { url: feedUrl });
    expect(added.ok).toBe(true);
    await app.core.dispatch('settings.set', { allowLocalNetwork: false });
    const settingsButton = await screen.findByRole('button', { name: 'Settings of Home server' });
    fireEvent.click(settingsButton);
    const dialog = await screen.findByRole('dialog', { name: 'Feed settings' });
    const grant = within(dialog).getByRole('checkbox', {
      name: /my local network: let Annals fetch from 127\.0\.0\.1/,
    });
    fireEvent.click(grant);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const envelope = await app.core.dispatch('feeds.list', {});
      expect(envelope.ok && envelope.value).toMatchObject({ feeds: [{ allowPrivateNetwork: true }] });
    });
  });
});
