import { app, BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN } from './app-path'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'

/** Keeps a remembered position only when it is still on a connected display. */
function visible(state: WindowState): WindowState {
  if (state.x === undefined || state.y === undefined) return state
  const { x, y, width, height } = state as Required<WindowState>
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) => {
    return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y
  })
  return onScreen ? state : { width, height, maximized: state.maximized }
}

/** `devUrl`: electron-vite's dev server; only an unpackaged app is given one (dev-switches.ts). */
export function createMainWindow(userData: string, devUrl?: string): BrowserWindow {
  const state = visible(loadWindowState(userData))
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: '沪嘉通 · HuJia Commute',
    autoHideMenuBar: false,
    // Electron's security checklist; tests/electron checks the page really gets these.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  const remember = (): void => {
    if (win.isDestroyed() || win.isMinimized()) return
    saveWindowState(userData, { ...win.getNormalBounds(), maximized: win.isMaximized() })
  }
  win.on('close', remember)

  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
