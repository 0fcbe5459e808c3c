// One BrowserWindow of the main process, as a Chromium page: the page at the harness origin is
// served only by main's registered app:// handler, the built preload runs in it first, its
// ipcRenderer reaches main's handlers, and main's send/zoom/printToPDF reach it.
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import type { BrowserContext, CDPSession, Page, Request, Route } from '@playwright/test'
import { preloadHost, type PreloadHostConfig } from './preload-host'

/**
 * Chromium outside Electron cannot load app:// (no custom schemes), so the page lives at this
 * origin and every request to it is answered by main's app:// handler for the same path: the
 * page, the frame URLs main sees and the bytes it gets are the app:// ones. *.localhost is a
 * secure context, as app:// is (registered `secure`). Nothing else is served.
 */
export const HARNESS_ORIGIN = 'http://hujia.localhost'
const APP_ORIGIN = 'app://hujia'

/** The URL main sees for a page URL: the harness origin stands for app://hujia, nothing else. */
export function toAppUrl(url: string): string {
  return url.startsWith(`${HARNESS_ORIGIN}/`) ? APP_ORIGIN + url.slice(HARNESS_ORIGIN.length) : url
}

/** The page URL for an app:// URL (null for any other scheme: the harness serves only app://). */
export function toPageUrl(url: string): string | null {
  return url.startsWith(`${APP_ORIGIN}/`) ? HARNESS_ORIGIN + url.slice(APP_ORIGIN.length) : null
}

export interface WindowOptions {
  width?: number
  height?: number
  webPreferences?: Record<string, unknown>
  [key: string]: unknown
}

export interface MainLink {
  call(op: string, payload?: unknown): Promise<any> // eslint-disable-line @typescript-eslint/no-explicit-any
  record(kind: string, data: Record<string, unknown>): void
  problem(message: string): void
}

/** Electron's printToPDF options as Chromium's page.pdf takes them (inches → CSS units). */
export function pdfOptions(o: Record<string, unknown>): Parameters<Page['pdf']>[0] {
  const margins = (o['margins'] ?? {}) as Record<string, number | undefined>
  const inch = (n: number | undefined, fallback: number) => `${n ?? fallback}in`
  const size = o['pageSize'] ?? 'Letter'
  return {
    landscape: o['landscape'] === true,
    printBackground: o['printBackground'] === true,
    scale: typeof o['scale'] === 'number' ? o['scale'] : 1,
    displayHeaderFooter: o['displayHeaderFooter'] === true,
    headerTemplate: typeof o['headerTemplate'] === 'string' ? o['headerTemplate'] : undefined,
    footerTemplate: typeof o['footerTemplate'] === 'string' ? o['footerTemplate'] : undefined,
    pageRanges: typeof o['pageRanges'] === 'string' ? o['pageRanges'] : undefined,
    preferCSSPageSize: o['preferCSSPageSize'] === true,
    tagged: o['generateTaggedPDF'] === true,
    outline: o['generateDocumentOutline'] === true,
    // Electron's default margins are 0.4 in (1 cm) on each side.
    margin: {
      top: inch(margins['top'], 0.4),
      bottom: inch(margins['bottom'], 0.4),
      left: inch(margins['left'], 0.4),
      right: inch(margins['right'], 0.4),
    },
    ...(typeof size === 'string'
      ? { format: size }
      : {
          width: `${(size as { width: number }).width}in`,
          height: `${(size as { height: number }).height}in`,
        }),
  }
}

/**
 * Runs in the page (every frame): the trusted mouse, key and touch events it receives go to main
 * as the webContents' input-event, named as Electron names them, before any listener of the page.
 */
function forwardInput(binding: string): void {
  const w = window as unknown as Record<string, unknown>
  const send = w[binding] as (type: string) => Promise<void>
  delete w[binding]
  const types: Record<string, string> = {
    mousedown: 'mouseDown',
    mouseup: 'mouseUp',
    keydown: 'rawKeyDown',
    keyup: 'keyUp',
    touchend: 'touchEnd',
  }
  for (const [dom, type] of Object.entries(types))
    window.addEventListener(dom, (e) => void (e.isTrusted && send(type)), { capture: true })
}

export class ShellWindow {
  /** The page this window shows, once main has loaded a URL into it. */
  page!: Page
  /** Console errors and uncaught page errors. */
  readonly errors: string[] = []
  /** Main has destroyed this window: Electron drops whatever its page still asks for. */
  closed = false
  private cdp: CDPSession | null = null
  private expected: string | null = null
  private readonly bindingName = `__hujiaShell_${randomUUID().replaceAll('-', '')}`
  private readonly deliverName = `__hujiaShellDeliver_${randomUUID().replaceAll('-', '')}`
  private readonly inputName = `__hujiaShellInput_${randomUUID().replaceAll('-', '')}`
  private loaded!: Promise<void>
  private markLoaded!: () => void

  constructor(
    readonly id: number,
    /** The options main passed to `new BrowserWindow(…)`. */
    readonly options: WindowOptions,
    private readonly context: BrowserContext,
    private readonly main: MainLink,
  ) {
    this.loaded = new Promise((ok) => (this.markLoaded = ok))
  }

  /** Resolves once main's first loadURL has loaded in the page. */
  async whenLoaded(): Promise<this> {
    await this.loaded
    return this
  }

  /** The path main gave as webPreferences.preload. */
  get preloadPath(): string {
    return String(this.options.webPreferences?.['preload'] ?? '')
  }

  private async open(): Promise<Page> {
    if (this.page) return this.page
    const page = await this.context.newPage()
    this.page = page
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text())
    })
    page.on('pageerror', (e) => this.errors.push(e.message))
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame())
        void this.main.call('window.navigated', { id: this.id, url: toAppUrl(frame.url()) })
    })
    page.on('load', () => {
      void this.main
        .call('window.loaded', { id: this.id, url: toAppUrl(page.url()) })
        .catch(() => {})
    })
    await page.exposeBinding(
      this.bindingName,
      async (source, message: { channel: string; args: unknown[] }) => {
        const frame = { url: toAppUrl(source.frame.url()), main: source.frame === page.mainFrame() }
        return this.main.call('ipc.invoke', { id: this.id, frame, ...message })
      },
    )
    await page.exposeBinding(this.inputName, (_source, type: string) =>
      this.main.call('webContents.emit', { id: this.id, name: 'input-event', args: [{ type }] }),
    )
    await page.addInitScript(forwardInput, this.inputName)
    if (this.preloadPath) {
      const config: PreloadHostConfig = { binding: this.bindingName, deliver: this.deliverName }
      const source = readFileSync(this.preloadPath, 'utf8')
      await page.addInitScript(
        `(${preloadHost.toString()})(${JSON.stringify(config)}, function (require, module, exports) {\n${source}\n});\n//# sourceURL=hujia-shell-preload.js`,
      )
    }
    return page
  }

  /** main: webContents.loadURL(url). Answers as Electron's loadURL settles. */
  async load(url: string): Promise<{ error?: string; code?: number }> {
    const page = await this.open()
    const target = toPageUrl(url)
    if (!target) {
      this.main.problem(`loadURL(${url}): the harness serves app:// only`)
      return { error: 'ERR_ABORTED', code: -3 }
    }
    this.expected = target
    try {
      await page.goto(target, { waitUntil: 'load' })
      this.markLoaded()
      return {}
    } catch (e) {
      return { error: (e as Error).message, code: -2 }
    }
  }

  /** A reload the shell (not the page) asks for: Electron fires no will-navigate for it. */
  async reload(): Promise<void> {
    this.expected = this.page.url()
    await this.page.reload({ waitUntil: 'load' })
  }

  /** Whether a navigation request of this window's main frame was started by main or the test. */
  private expectedNavigation(request: Request): boolean {
    if (this.expected !== request.url()) return false
    this.expected = null
    return true
  }

  /**
   * The context's route for this window's requests. Main-frame navigations the page started ask
   * will-navigate first; requests to the harness origin are answered by main's protocol handler;
   * anything else is refused (and recorded), as no network is modelled.
   */
  async route(route: Route, request: Request): Promise<void> {
    const url = request.url()
    const mainFrameNavigation =
      request.isNavigationRequest() && request.frame() === this.page.mainFrame()
    if (mainFrameNavigation && !this.expectedNavigation(request)) {
      const r = await this.main.call('webContents.emit', {
        id: this.id,
        name: 'will-navigate',
        args: [toAppUrl(url)],
      })
      this.main.record('harness.will-navigate', {
        id: this.id,
        url: toAppUrl(url),
        prevented: r.prevented,
      })
      if (r.prevented) return route.abort('aborted')
      if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
        this.main.problem(`the window navigated away to ${url}: not modelled`)
        return route.abort('aborted')
      }
    }
    if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
      // Electron would send it to the network, past the session's webRequest listener: main is
      // asked, and the request is refused either way (no network is modelled).
      const verdict = await this.main.call('webRequest.beforeRequest', {
        id: this.id,
        url,
        method: request.method(),
        resourceType: request.resourceType(),
      })
      this.main.record('harness.blocked', { id: this.id, url, webRequest: verdict })
      return route.abort('blockedbyclient')
    }
    const headers = request.headers()
    const r = await this.main.call('protocol.request', {
      url: toAppUrl(url),
      method: request.method(),
      headers,
    })
    if (r.error) return route.abort('failed')
    await route.fulfill({
      status: r.status,
      headers: Object.fromEntries(r.headers as [string, string][]),
      body: Buffer.from(r.body as Uint8Array),
    })
  }

  /** main: webContents.send(channel, …args). A page that is navigating away drops it, as in Electron. */
  async deliver(channel: string, args: unknown[]): Promise<void> {
    await this.page
      .evaluate(
        ([name, c, a]) =>
          (window as never as Record<string, (c: string, a: unknown[]) => void>)[name]!(c, a),
        [this.deliverName, channel, args] as const,
      )
      .catch((e: Error) =>
        this.main.record('harness.send-dropped', { id: this.id, channel, error: e.message }),
      )
  }

  /**
   * main: webContents.setZoomLevel(level) — the zoomed window's metrics, 1.2^level as Chromium's
   * zoom. Playwright's page.screenshot() puts its own viewport back (zoom 0): capture a zoomed
   * page with CDP's Page.captureScreenshot instead.
   */
  async zoom(level: number): Promise<void> {
    this.cdp ??= await this.context.newCDPSession(this.page)
    const factor = Math.pow(1.2, level)
    const size = this.page.viewportSize() ?? { width: 1280, height: 860 }
    await this.cdp.send('Emulation.setDeviceMetricsOverride', {
      width: Math.round(size.width / factor),
      height: Math.round(size.height / factor),
      deviceScaleFactor: factor,
      mobile: false,
    })
  }

  /** main: webContents.printToPDF(options) — Chromium's own PDF printing of this page. */
  async printToPdf(options: Record<string, unknown>): Promise<Uint8Array> {
    return new Uint8Array(await this.page.pdf(pdfOptions(options)))
  }

  /** Emits a webContents event in main, as Electron would; says whether main prevented it. */
  async emit(name: string, ...args: unknown[]): Promise<{ prevented: boolean }> {
    return this.main.call('webContents.emit', { id: this.id, name, args })
  }

  /** Closes the window as its close button would. */
  async close(): Promise<void> {
    this.closed = true
    await this.main.call('window.close', { id: this.id })
  }
}
