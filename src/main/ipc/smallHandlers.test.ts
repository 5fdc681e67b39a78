import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: true, getVersion: () => '1.2.3' } }));

import { IpcChannel } from '../../shared/ipcChannels';
import { RendererOutbox } from '../rendererOutbox';
import { handleAppVersion } from './appVersion';
import { HOSTILE_VALUES, UNTRUSTED_EVENTS, trustedEvent } from './ipcTestEvents';
import { createRendererReadyHandler } from './rendererReady';

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

describe('handleAppVersion', () => {
  it('returns the app version to our renderer', async () => {
    await expect(handleAppVersion(trustedEvent())).resolves.toBe('1.2.3');
  });

  it.each(UNTRUSTED_EVENTS)('refuses a sender that is %s', async (_label, event) => {
    await expect(handleAppVersion(event)).rejects.toThrow(/refused/);
  });

  it('refuses arguments', async () => {
    for (const value of HOSTILE_VALUES) await expect(handleAppVersion(trustedEvent(), value)).rejects.toThrow(/no arguments/);
  });
});

describe('rendererReady', () => {
  function setup() {
    const outbox = new RendererOutbox();
    const target = { id: 1, send: vi.fn(), isDestroyed: () => false };
    outbox.attach(target);
    outbox.post({ channel: IpcChannel.menuCommand, payload: 'import-pdfs' });
    return { outbox, target, handle: createRendererReadyHandler(outbox) };
  }

  it('releases the queue to our renderer', () => {
    const { target, handle } = setup();
    handle(trustedEvent(1));
    expect(target.send).toHaveBeenCalledExactlyOnceWith(IpcChannel.menuCommand, 'import-pdfs');
  });

  it.each(UNTRUSTED_EVENTS)('refuses a sender that is %s and releases nothing', (_label, event) => {
    const { outbox, target, handle } = setup();
    expect(() => handle(event)).toThrow(/refused/);
    expect(outbox.isReady).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });

  it('refuses arguments and releases nothing', () => {
    const { outbox, target, handle } = setup();
    for (const value of HOSTILE_VALUES) expect(() => handle(trustedEvent(1), value)).toThrow(/no arguments/);
    expect(outbox.isReady).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });

  it('ignores readiness from a different webContents', () => {
    const { outbox, target, handle } = setup();
    handle(trustedEvent(2));
    expect(outbox.isReady).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});
