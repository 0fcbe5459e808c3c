// The IPC handlers with a stand-in for Electron and real files: main picks the file type of an
// export, reads only regular files and never past the limit, throttles notifications, tells the
// page the data folder without the user's name, and opens the backups folder it creates.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const stub = vi.hoisted(() => ({
  paths: {} as Record<string, string>,
  save: null as null | ((o: object) => { canceled: boolean; filePath?: string }),
  open: null as null | ((o: object) => { canceled: boolean; filePaths: string[] }),
  dialogWindows: [] as unknown[],
  notifications: [] as { title: string; body: string }[],
  opened: [] as string[],
}))

vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0', getPath: (n: string) => stub.paths[n], isPackaged: true },
  BrowserWindow: {
    fromWebContents: (wc: { window?: unknown }) => wc.window ?? null,
  },
  dialog: {
    showSaveDialog: async (win: unknown, o: object) => (
      stub.dialogWindows.push(win),
      stub.save!(o)
    ),
    showOpenDialog: async (win: unknown, o: object) => (
      stub.dialogWindows.push(win),
      stub.open!(o)
    ),
  },
  Notification: class {
    static isSupported = () => true
    constructor(private o: { title: string; body: string }) {}
    show() {
      stub.notifications.push(this.o)
    }
  },
  shell: {
    openPath: async (p: string) => (stub.opened.push(p), ''),
    openExternal: vi.fn(),
  },
  session: {},
  Menu: {},
}))

const { createHandlers, NOTIFY_INTERVAL_MS } = await import('../../../src/main/handlers')

const win = { id: 1 }
const event = (window: unknown = win) =>
  ({ sender: { window, printToPDF: async () => Buffer.from('%PDF-1.7') } }) as never
let dir: string
let h: ReturnType<typeof createHandlers>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hujia-handlers-'))
  stub.paths = {
    userData: join(dir, 'home', '.config', 'HuJia Commute 沪嘉通'),
    home: join(dir, 'home'),
  }
  stub.dialogWindows = []
  stub.notifications = []
  stub.opened = []
  h = createHandlers(() => null)
})

afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('saving an export', () => {
  it('main picks the file type from the kind; a proposed name gets its extension', async () => {
    const seen: object[] = []
    const target = join(dir, 'out.json')
    stub.save = (o) => (seen.push(o), { canceled: false, filePath: target })
    const r = await h.saveFile(event(), {
      kind: 'json',
      suggestedName: 'HuJia-update.exe',
      content: '{"a":1}',
    })
    expect(seen).toEqual([
      { defaultPath: 'HuJia-update.exe.json', filters: [{ name: 'JSON', extensions: ['json'] }] },
    ])
    expect(stub.dialogWindows).toEqual([win])
    expect(r).toEqual({ saved: true, path: target })
    expect(await readFile(target, 'utf8')).toBe('{"a":1}')
  })

  it('keeps a name that already has the extension, writes bytes as they are, and writes nothing when canceled', async () => {
    const seen: { defaultPath?: string }[] = []
    const target = join(dir, 'trips.csv')
    stub.save = (o) => (seen.push(o), { canceled: false, filePath: target })
    await h.saveFile(event(), {
      kind: 'csv',
      suggestedName: 'trips.CSV',
      content: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]),
    })
    expect(seen[0]!.defaultPath).toBe('trips.CSV')
    expect([...(await readFile(target))]).toEqual([0xef, 0xbb, 0xbf, 0x61])
    stub.save = () => ({ canceled: true })
    expect(await h.saveFile(event(), { kind: 'csv', suggestedName: 'x', content: 'x' })).toEqual({
      saved: false,
    })
  })

  it('prints to a PDF under a .pdf name', async () => {
    const seen: object[] = []
    const target = join(dir, 'report.pdf')
    stub.save = (o) => (seen.push(o), { canceled: false, filePath: target })
    expect(await h.printToPdf(event(), '2026-12 月报')).toEqual({ saved: true, path: target })
    expect(seen).toEqual([
      { defaultPath: '2026-12 月报.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    ])
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7')
  })

  it('refuses a request from something that is not a window', async () => {
    stub.save = () => ({ canceled: true })
    await expect(
      h.saveFile(event(null), { kind: 'csv', suggestedName: 'x', content: 'x' }),
    ).rejects.toThrow(/no window/)
  })
})

describe('opening a file', () => {
  const pick = (path: string) => (stub.open = () => ({ canceled: false, filePaths: [path] }))
  const filters = [{ name: 'CSV', extensions: ['csv'] }]

  it('reads a regular file, and refuses one over the limit unread', async () => {
    await writeFile(join(dir, 'trips.csv'), 'date,fare\n')
    pick(join(dir, 'trips.csv'))
    const ok = await h.openFile(event(), { filters, maxBytes: 1024 })
    expect(ok).toMatchObject({ status: 'ok', name: 'trips.csv' })
    expect(new TextDecoder().decode((ok as { bytes: Uint8Array }).bytes)).toBe('date,fare\n')
    expect(await h.openFile(event(), { filters, maxBytes: 5 })).toEqual({
      status: 'tooLarge',
      name: 'trips.csv',
      size: 10,
    })
  })

  it('refuses a folder, a device and a pipe without reading them', async () => {
    pick(dir)
    expect(await h.openFile(event(), { filters, maxBytes: 1024 })).toEqual({
      status: 'notAFile',
      name: dir.split('/').pop(),
    })
    if (process.platform === 'win32') return
    pick('/dev/zero') // reports size 0 and never ends
    expect(await h.openFile(event(), { filters, maxBytes: 1024 })).toMatchObject({
      status: 'notAFile',
    })
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]) // would wait for a writer
    pick(join(dir, 'pipe.csv'))
    expect(await h.openFile(event(), { filters, maxBytes: 1024 })).toMatchObject({
      status: 'notAFile',
    })
  })

  it.skipIf(!existsSync('/proc/self/status'))(
    'never reads past the limit when a file holds more than its size says (Linux /proc)',
    async () => {
      pick('/proc/self/status') // a regular file of size 0 with about 1.5 KB in it
      expect((await stat('/proc/self/status')).size).toBe(0)
      expect(await h.openFile(event(), { filters, maxBytes: 100 })).toMatchObject({
        status: 'tooLarge',
        size: 101,
      })
      const all = await h.openFile(event(), { filters, maxBytes: 1024 * 1024 })
      expect(all.status).toBe('ok')
    },
  )

  it('reports a canceled dialog', async () => {
    stub.open = () => ({ canceled: true, filePaths: [] })
    expect(await h.openFile(event(), { filters, maxBytes: 1 })).toEqual({ status: 'canceled' })
  })
})

describe('notifications', () => {
  it('shows one a minute at most, whatever the page asks', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T09:00:00Z'), toFake: ['Date'] })
    const results: boolean[] = []
    for (let i = 0; i < 500; i++) results.push(await h.notify(event(), 'title', `body ${i}`))
    expect(results.filter(Boolean)).toHaveLength(1)
    vi.advanceTimersByTime(NOTIFY_INTERVAL_MS)
    expect(await h.notify(event(), 'title', 'later')).toBe(true)
    expect(stub.notifications.map((n) => n.body)).toEqual(['body 0', 'later'])
  })
})

describe('the data folder', () => {
  it('is shown to the page without the user’s account name', async () => {
    const info = await h.appInfo(event())
    expect(info.userDataPath).toBe(
      process.platform === 'win32'
        ? '%USERPROFILE%\\.config\\HuJia Commute 沪嘉通'
        : '~/.config/HuJia Commute 沪嘉通',
    )
    expect(info.appVersion).toBe('0.1.0')
  })

  it('opens the backups folder, creating it first (0700)', async () => {
    expect(await h.backupOpenFolder(event())).toBe(true)
    const backups = join(stub.paths['userData']!, 'backups')
    expect(stub.opened).toEqual([backups])
    if (process.platform !== 'win32') expect((await stat(backups)).mode & 0o777).toBe(0o700)
  })

  it('says so when the backups path is a file', async () => {
    await h.backupOpenFolder(event())
    const backups = join(stub.paths['userData']!, 'backups')
    await rm(backups, { recursive: true })
    await writeFile(backups, 'in the way')
    stub.opened = []
    expect(await h.backupOpenFolder(event())).toBe(false)
    expect(stub.opened).toEqual([])
  })
})
