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
const { ipcArgSchemas, MAX_PAYLOAD } = await import('@shared/ipc/schemas')
const { MAX_BACKUP_BYTES } = await import('@shared/backup')

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

  it('lets the page name only an export kind, never a file type of its own', async () => {
    const ok = event('app://hujia/index.html')
    const save = handlers.get('hujia:saveFile')!
    await expect(
      save(ok, {
        suggestedName: 'HuJia-update.exe',
        content: 'MZ',
        filters: [{ name: 'Program', extensions: ['exe'] }],
      }),
    ).rejects.toThrow(/invalid arguments/)
    await expect(save(ok, { kind: 'exe', suggestedName: 'x', content: 'MZ' })).rejects.toThrow(
      /invalid arguments/,
    )
  })
})

describe('IPC size limits hold for every kind of input', () => {
  const parses = (channel: keyof typeof ipcArgSchemas, args: unknown[]) =>
    ipcArgSchemas[channel].safeParse(args).success

  it('caps an export written as bytes like one written as text', () => {
    const save = (content: unknown) =>
      parses('saveFile', [{ kind: 'csv', suggestedName: 'a.csv', content }])
    expect(save(new Uint8Array(16))).toBe(true)
    // Allocated lazily: the test does not touch 200 MB.
    expect(save(new Uint8Array(MAX_PAYLOAD + 1))).toBe(false)
    expect(save('x'.repeat(MAX_PAYLOAD + 1))).toBe(false)
    expect(save({ length: 1 })).toBe(false)
  })

  it('accepts no backup larger than restore does', () => {
    expect(MAX_BACKUP_BYTES).toBeLessThan(MAX_PAYLOAD)
    expect(parses('backupWrite', ['x'.repeat(MAX_BACKUP_BYTES + 1), 'manual'])).toBe(false)
    expect(parses('backupWrite', ['{}', 'manual'])).toBe(true)
    expect(parses('openFile', [{ filters: [], maxBytes: MAX_PAYLOAD + 1 }])).toBe(false)
  })
})
