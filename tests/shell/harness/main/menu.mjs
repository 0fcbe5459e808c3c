// @ts-check
// Menu and MenuItem of the stand-in: templates recorded, items clicked by label path, and the
// roles that act on a window or the app. See electron.mjs.
import { makeEvent } from './support.mjs'

/**
 * @typedef {{ webContents: { zoomLevel: number }, reload(): void, close(): void, minimize(): void,
 *   setFullScreen(flag: boolean): void, isFullScreen(): boolean }} RoleWindow
 * @param {import('./support.mjs').Ctx} ctx
 * @param {{ focusedWindow(): RoleWindow | null, quit(): void }} shell
 */
export function createMenu({ rpc, record }, shell) {
  /** Electron's role actions (lib/browser/api/menu-item-roles.ts) that reach a window or the app. */
  /** @type {Record<string, (w: RoleWindow) => void>} */
  const ROLES = {
    zoomin: (w) => (w.webContents.zoomLevel += 0.5),
    zoomout: (w) => (w.webContents.zoomLevel -= 0.5),
    resetzoom: (w) => (w.webContents.zoomLevel = 0),
    reload: (w) => w.reload(),
    forcereload: (w) => w.reload(),
    close: (w) => w.close(),
    minimize: (w) => w.minimize(),
    togglefullscreen: (w) => w.setFullScreen(!w.isFullScreen()),
    quit: () => shell.quit(),
  }

  class MenuItem {
    /** @param {Record<string, any>} o */
    constructor(o) {
      this.label = o['label'] ?? ''
      this.role = o['role']
      this.type = o['type'] ?? (o['submenu'] ? 'submenu' : 'normal')
      this.accelerator = o['accelerator']
      this.enabled = o['enabled'] ?? true
      this.visible = o['visible'] ?? true
      this.id = o['id']
      /** @type {Function | undefined} */
      this.onClick = o['click']
      /** @type {Menu | null} */
      this.submenu = Array.isArray(o['submenu'])
        ? Menu.buildFromTemplate(o['submenu'])
        : (o['submenu'] ?? null)
    }
    /** @param {RoleWindow | null} win */
    click(win) {
      const role = typeof this.role === 'string' ? this.role.toLowerCase() : null
      if (role && !this.onClick) {
        const act = ROLES[role]
        if (!act) throw new Error(`electron stand-in: the menu role "${this.role}" is not modelled`)
        if (!win && role !== 'quit') throw new Error(`the role "${this.role}" needs a window`)
        act(/** @type {RoleWindow} */ (win))
        return
      }
      this.onClick?.(this, win, makeEvent(null, { triggeredByAccelerator: false }))
    }
    summary() {
      /** @type {Record<string, unknown>} */
      const s = { label: this.label, type: this.type }
      if (this.role) s['role'] = this.role
      if (this.accelerator) s['accelerator'] = this.accelerator
      if (this.submenu)
        s['submenu'] = this.submenu.items.map((/** @type {MenuItem} */ i) => i.summary())
      return s
    }
  }

  class Menu {
    /** @type {MenuItem[]} */
    items = []
    /** @param {Record<string, any>[]} template */
    static buildFromTemplate(template) {
      const menu = new Menu()
      menu.items = template.map((o) => new MenuItem(o))
      return menu
    }
    /** @param {Menu | null} menu */
    static setApplicationMenu(menu) {
      applicationMenu = menu
      record('menu.setApplicationMenu', { items: menu?.items.map((i) => i.summary()) ?? null })
    }
    static getApplicationMenu() {
      return applicationMenu
    }
  }
  /** @type {Menu | null} */
  let applicationMenu = null

  Object.assign(rpc.handlers, {
    /** @param {{ path: string[] }} p */
    'menu.click'(p) {
      if (!applicationMenu) throw new Error('no application menu is set')
      /** @type {MenuItem | undefined} */
      let item
      let items = applicationMenu.items
      for (const label of p.path) {
        item = items.find((i) => i.label === label || i.role === label)
        if (!item) throw new Error(`no menu item "${label}" in ${JSON.stringify(p.path)}`)
        items = item.submenu?.items ?? []
      }
      if (!item) throw new Error('an empty menu path')
      record('menu.click', { path: p.path })
      item.click(shell.focusedWindow())
    },
  })

  return { Menu, MenuItem }
}
