import { beforeEach, describe, expect, it, vi } from 'vitest'

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
vi.mock('electron', () => ({
  app: { isPackaged: true },
  ipcMain: { handle: (channel: string, fn: never) => handlers.set(channel, fn) },
  shell: { openExternal: vi.fn() },
  session: {},
}))

const { registerHandlers } = await import('../../../src/main/ipc')
const { IPC_CHANNELS } = await import('@shared/ipc/api')
const { ipcArgSchemas } = await import('@shared/ipc/schemas')

function frame(url: string) {
  return { url }
}

function event(url: string, opts: { subframe?: boolean } = {}) {
  const mainFrame = frame(url)
  return { sender: { mainFrame }, senderFrame: opts.subframe ? frame(url) : mainFrame }
}

describe('the IPC wrapper', () => {
  const notify = vi.fn(() => true)
  beforeEach(() => {
    handlers.clear()
    notify.mockClear()
    const all = Object.fromEntries(IPC_CHANNELS.map((c) => [c, vi.fn()]))
    registerHandlers({ ...all, notify } as never)
  })

  it('registers exactly the contract channels, each with an argument schema', () => {
    expect([...handlers.keys()].sort()).toEqual(IPC_CHANNELS.map((c) => `hujia:${c}`).sort())
    expect(Object.keys(ipcArgSchemas).sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it('runs a handler for our main frame on app:// with valid arguments', async () => {
    const handle = handlers.get('hujia:notify')!
    await expect(handle(event('app://hujia/index.html'), 'title', 'body')).resolves.toBe(true)
    expect(notify).toHaveBeenCalledWith(expect.anything(), 'title', 'body')
  })

  it('refuses other origins, subframes and missing frames', async () => {
    const handle = handlers.get('hujia:notify')!
    await expect(handle(event('https://evil.example/'), 't', 'b')).rejects.toThrow(/untrusted/)
    await expect(handle(event('file:///tmp/x.html'), 't', 'b')).rejects.toThrow(/untrusted/)
    await expect(
      handle(event('app://hujia/index.html', { subframe: true }), 't', 'b'),
    ).rejects.toThrow(/untrusted/)
    await expect(
      handle({ sender: { mainFrame: {} }, senderFrame: null }, 't', 'b'),
    ).rejects.toThrow(/untrusted/)
    expect(notify).not.toHaveBeenCalled()
  })

  it('refuses arguments that do not match the schema', async () => {
    const ok = event('app://hujia/index.html')
    await expect(handlers.get('hujia:notify')!(ok, 42, 'b')).rejects.toThrow(/invalid arguments/)
    await expect(handlers.get('hujia:notify')!(ok, 't', 'b', 'extra')).rejects.toThrow(
      /invalid arguments/,
    )
    await expect(handlers.get('hujia:backupRead')!(ok, '../../etc/passwd')).rejects.toThrow(
      /invalid/,
    )
    await expect(handlers.get('hujia:setMenuLanguage')!(ok, 'fr')).rejects.toThrow(/invalid/)
    expect(notify).not.toHaveBeenCalled()
  })
})
