// The shell harness: the BUILT main process (out/main) runs in a Node child process with the
// electron stand-in (main/electron.mjs says what it models), its windows are Chromium pages
// (window.ts), and a test drives both. See tests/shell/README.md.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Frame, Request, Route } from '@playwright/test'
import { PAGE_OPTIONS } from '../../../scripts/chromium.mjs'
import { createRpc } from './rpc.mjs'
import { ShellWindow, type WindowOptions } from './window'

const ROOT = resolve(__dirname, '../../..')
const HOST = join(__dirname, 'main/host.mjs')
const TIME_ZONE = PAGE_OPTIONS.timezoneId

/** The built app the shells run: out/, or SHELL_OUT_DIR (a build made elsewhere, e.g. to try a change). */
export const OUT_DIR = process.env['SHELL_OUT_DIR'] ?? join(ROOT, 'out')

export interface ShellOptions {
  browser: Browser
  /** The user-data folder (default: a new temporary one, removed by stop()). */
  userData?: string
  /** The user's home folder, app.getPath('home') (default: a new temporary one, removed by stop()). */
  home?: string
  /** Reuse a browser context: the same IndexedDB, as a restart of the app keeps it. */
  context?: BrowserContext
  /** Start main's clock and the page's here; both then run on (default: the real time). */
  time?: Date
  /** app.getLocale() (default zh-CN). */
  locale?: string
  /** app.isPackaged (default false, as `electron .`). */
  packaged?: boolean
  /** The built app (default: out/, or SHELL_OUT_DIR). */
  outDir?: string
  /**
   * Extra environment for main. HUJIA_USER_DATA is set to `userData` (a packaged app ignores it
   * and picks its own folder: see recorded('app.setPath')); ELECTRON_RENDERER_URL is not inherited.
   */
  env?: Record<string, string>
  /** Fire app's ready at once (default true). */
  ready?: boolean
}

export type DialogAnswer =
  | { kind: 'save'; filePath: string }
  | { kind: 'open'; filePaths: string[] }
  | { kind: 'messageBox'; response: number; checkboxChecked?: boolean }
  | { kind: 'save' | 'open' | 'messageBox'; canceled: true }

export interface Recorded {
  kind: string
  at: number
  [key: string]: unknown
}

/** Single-instance locks, per user-data folder: the first running shell holds it. */
const lockHolders = new Map<string, Shell>()

export class Shell {
  /** Everything main did through the stand-in, in order. */
  readonly records: Recorded[] = []
  /** Things main did that the harness does not model, or dialogs nobody answered. */
  readonly problems: string[] = []
  readonly windows: ShellWindow[] = []
  /** Resolves with main's exit code once its process has ended. */
  readonly exited: Promise<number | null>
  private readonly rpc: ReturnType<typeof createRpc>
  private readonly answers: DialogAnswer[] = []
  private readonly stderr: string[] = []
  private readonly routeHandler = (route: Route, request: Request) => this.route(route, request)
  private firstWindow: Promise<ShellWindow>
  private gotWindow!: (w: ShellWindow) => void
  private noWindow!: (e: Error) => void
  private loaded: Promise<void>
  private stopping = false

  private constructor(
    readonly userData: string,
    /** app.getPath('home'). */
    readonly home: string,
    readonly context: BrowserContext,
    private readonly child: ChildProcess,
    private readonly owned: { userData: boolean; context: boolean; home: boolean },
  ) {
    this.firstWindow = new Promise((ok, fail) => {
      this.gotWindow = ok
      this.noWindow = fail
    })
    this.exited = new Promise((ok) => child.once('exit', (code) => ok(code)))
    child.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()))
    child.stdout?.on('data', (d: Buffer) => this.stderr.push(d.toString()))
    let hostLoaded!: () => void
    this.loaded = new Promise((ok, fail) => {
      hostLoaded = ok
      void this.exited.then((code) =>
        fail(new Error(`main exited (${code}) before loading:\n${this.stderr.join('')}`)),
      )
    })
    this.rpc = createRpc(child, {
      'host.loaded': () => hostLoaded(),
      record: (r: Recorded) => void this.records.push(r),
      problem: (p: { message: string }) => void this.problems.push(p.message),
      'window.open': (p: { id: number; options: WindowOptions }) => {
        const win = new ShellWindow(p.id, p.options, context, this.link)
        this.windows.push(win)
      },
      'window.loadURL': async (p: { id: number; url: string }) => {
        const win = this.window(p.id)
        const r = await win.load(p.url)
        if (win === this.windows[0]) {
          if (r.error) this.noWindow(new Error(`the window's page did not load: ${r.error}`))
          else this.gotWindow(win)
        }
        return r
      },
      'window.reload': (p: { id: number }) => this.window(p.id).reload(),
      'window.send': (p: { id: number; channel: string; args: unknown[] }) =>
        this.window(p.id).deliver(p.channel, p.args),
      'window.zoom': (p: { id: number; level: number }) => this.window(p.id).zoom(p.level),
      'window.printToPDF': (p: { id: number; options: Record<string, unknown> }) =>
        this.window(p.id).printToPdf(p.options),
      'window.closed': async (p: { id: number }) => {
        const win = this.windows.find((w) => w.id === p.id)
        if (win) win.closed = true
        await win?.page?.close().catch(() => {})
      },
      dialog: (p: { kind: DialogAnswer['kind']; options: Record<string, unknown> }) =>
        this.takeAnswer(p.kind, p.options),
      'app.secondInstance': (p: unknown) =>
        lockHolders.get(this.userData)?.rpc.call('app.secondInstance', p),
      'app.quit': () => {},
    })
    child.once('exit', (code) => {
      this.rpc.close(new Error(`main exited (${code})`))
      if (lockHolders.get(userData) === this) lockHolders.delete(userData)
    })
  }

  private readonly link = {
    call: (op: string, payload?: unknown) => this.rpc.call(op, payload),
    record: (kind: string, data: Record<string, unknown>) =>
      void this.records.push({ kind, at: Date.now(), ...data }),
    problem: (message: string) => void this.problems.push(message),
  }

  /** Starts the built main process; by default fires ready, so main opens its window. */
  static async launch(options: ShellOptions): Promise<Shell> {
    const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'hujia-shell-'))
    const home = options.home ?? mkdtempSync(join(tmpdir(), 'hujia-shell-home-'))
    const context =
      options.context ??
      (await options.browser.newContext({ ...PAGE_OPTIONS, serviceWorkers: 'block' }))
    if (options.time && !options.context) await context.clock.install({ time: options.time })
    const env: Record<string, string | undefined> = { ...process.env, TZ: TIME_ZONE }
    for (const name of ['ELECTRON_RENDERER_URL', 'NODE_OPTIONS']) delete env[name]
    // The app's own switch for its data folder (honoured by an unpackaged app, as `electron .`).
    Object.assign(env, { HUJIA_USER_DATA: userData }, options.env)
    env['HUJIA_SHELL_OPTIONS'] = JSON.stringify({
      appRoot: ROOT,
      outDir: options.outDir ?? OUT_DIR,
      userData,
      home,
      locale: options.locale ?? 'zh-CN',
      packaged: options.packaged ?? false,
      singleInstanceLock: !lockHolders.has(userData),
      argv: [join(ROOT, 'node_modules/electron/dist/electron'), '.'],
      time: options.time?.getTime() ?? null,
      electronVersion: JSON.parse(
        readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
      ).version,
      chromeVersion: options.browser.version(),
    })
    const child = fork(HOST, [], {
      cwd: ROOT,
      env,
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const shell = new Shell(userData, home, context, child, {
      userData: !options.userData,
      context: !options.context,
      home: !options.home,
    })
    if (!lockHolders.has(userData)) lockHolders.set(userData, shell)
    await context.route('**/*', shell.routeHandler)
    await shell.loaded
    if (options.ready !== false) await shell.ready()
    return shell
  }

  /** Fires app's ready event (whenReady resolves). */
  async ready(): Promise<void> {
    await this.rpc.call('app.ready')
  }

  /** The first window main opens, once its first page has loaded. */
  async window(): Promise<ShellWindow>
  window(id: number): ShellWindow
  window(id?: number): Promise<ShellWindow> | ShellWindow {
    if (id === undefined) return this.firstWindow
    const win = this.windows.find((w) => w.id === id)
    if (!win) throw new Error(`no window ${id}`)
    return win
  }

  /** The records of one kind, e.g. recorded('shell.openExternal'). */
  recorded(kind: string): Recorded[] {
    return this.records.filter((r) => r.kind === kind)
  }

  /** The next native dialog gets this answer (answers are used in order). */
  answerDialog(answer: DialogAnswer): void {
    this.answers.push(answer)
  }

  /** What main's dialog returns: the next answer, or a cancel (and a problem) when none fits. */
  private takeAnswer(kind: DialogAnswer['kind'], options: Record<string, unknown>): unknown {
    const answer = this.answers.shift()
    if (!answer || answer.kind !== kind) {
      this.problems.push(`a ${kind} dialog nobody answered: ${JSON.stringify(options)}`)
      return canceled(kind)
    }
    if ('canceled' in answer) return canceled(kind)
    if (answer.kind === 'save') return { canceled: false, filePath: answer.filePath }
    if (answer.kind === 'open') return { canceled: false, filePaths: answer.filePaths }
    return { response: answer.response, checkboxChecked: answer.checkboxChecked ?? false }
  }

  /** Clicks the application menu's item at this label path, e.g. ('File', 'Back up now'). */
  async clickMenu(...path: string[]): Promise<void> {
    await this.rpc.call('menu.click', { path })
  }

  /** The application menu main set last (labels, roles, accelerators). */
  menu(): Record<string, unknown>[] | null {
    const last = this.recorded('menu.setApplicationMenu').at(-1)
    return (last?.['items'] as Record<string, unknown>[] | undefined) ?? null
  }

  /** Asks main's session permission handler, as Chromium would for a page's request. */
  async permission(
    kind: 'request' | 'check' | 'device',
    permission: string,
    origin = 'app://hujia',
  ): Promise<boolean | null> {
    return this.rpc.call('session.permission', {
      kind,
      permission,
      origin,
      id: this.windows[0]?.id,
    })
  }

  /** Emits an app event in main (e.g. 'activate'); says whether main prevented it. */
  async emitApp(name: string, ...args: unknown[]): Promise<{ prevented: boolean }> {
    return this.rpc.call('app.emit', { name, args })
  }

  /** Moves main's clock and the page's forward: due page timers fire once, as after a sleep. */
  async advance(ms: number): Promise<void> {
    const now = (await this.rpc.call('clock.now')) as number
    await this.rpc.call('clock.set', { time: now + ms })
    await this.context.clock.fastForward(ms)
  }

  /** Sets main's clock (it then runs on, or stays frozen). */
  async setMainTime(time: Date, freeze = false): Promise<void> {
    await this.rpc.call('clock.set', { time: time.getTime(), freeze })
  }

  /** main's output (stdout and stderr), for a failing test's message. */
  output(): string {
    return this.stderr.join('')
  }

  /** Quits as the app menu's Quit does, and waits for main to exit. */
  async quit(): Promise<number | null> {
    await this.rpc.call('app.quit').catch(() => {})
    return this.exited
  }

  /** Ends main and the pages; keepContext leaves the browser context (its IndexedDB) open. */
  async stop({ keepContext = false } = {}): Promise<void> {
    this.stopping = true
    // Pages first: a page left open would reach the network once the route is gone.
    if (keepContext || !this.owned.context) {
      await Promise.all(this.windows.map((w) => w.page?.close().catch(() => {})))
      await this.context.unroute('**/*', this.routeHandler).catch(() => {})
    } else await this.context.close()
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill()
      await this.exited
    }
    if (this.owned.home) rmSync(this.home, { recursive: true, force: true })
    if (this.owned.userData) rmSync(this.userData, { recursive: true, force: true })
  }

  private async route(route: Route, request: Request): Promise<void> {
    const win = this.windows.find((w) => w.page && w.page === frameOf(request)?.page())
    try {
      await this.routeRequest(route, request)
    } catch (e) {
      await route.abort('failed').catch(() => {})
      // A request still loading (a lazy chunk) when main closed the window and quit goes nowhere
      // in Electron either: only a failure while the window lives is a problem.
      if (!this.stopping && !win?.closed)
        this.problems.push(`serving ${request.url()}: ${(e as Error).message}`)
    }
  }

  private async routeRequest(route: Route, request: Request): Promise<void> {
    const win = this.windows.find((w) => w.page && w.page === frameOf(request)?.page())
    if (win) return win.route(route, request)
    // A page main did not open: a popup (window.open, target=_blank), whose first navigation
    // comes before its frame. Electron asks the opener's window-open handler before any such
    // window exists; here the popup page exists for a moment and is closed when refused.
    const opener = this.windows[0]
    if (!opener || !request.isNavigationRequest()) return route.abort('blockedbyclient')
    const r = (await this.rpc.call('webContents.windowOpen', {
      id: opener.id,
      details: { url: request.url(), frameName: '', features: '', disposition: 'foreground-tab' },
    })) as { action: string }
    if (r.action !== 'deny')
      this.problems.push(`a window.open was allowed (${request.url()}): not modelled`)
    await route.abort('aborted')
    const ours = new Set(this.windows.map((w) => w.page))
    for (const p of this.context.pages()) if (!ours.has(p)) await p.close().catch(() => {})
  }
}

/** The frame a request comes from, or null for a popup's first navigation (no frame yet). */
function frameOf(request: Request): Frame | null {
  try {
    return request.frame()
  } catch {
    return null
  }
}

function canceled(kind: DialogAnswer['kind']) {
  if (kind === 'save') return { canceled: true, filePath: '' }
  if (kind === 'open') return { canceled: true, filePaths: [] }
  return { response: 0, checkboxChecked: false }
}

export const launchShell = (options: ShellOptions) => Shell.launch(options)
