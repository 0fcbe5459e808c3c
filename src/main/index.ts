// The Electron shell: lifecycle, one window, security, the app:// origin, menu and IPC.
// No domain logic lives here.
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { applySecurity } from './security'
import { registerHandlers } from './ipc'
import { createHandlers } from './handlers'
import { installMenu } from './menu'
import { createMainWindow } from './window'
import { devSwitches } from './dev-switches'
import { APP_ID, DATA_FOLDER_NAME } from './identity'

const dev = devSwitches(app.isPackaged, process.env)
// The data folder never follows a product rename; tests point an unpackaged app elsewhere.
app.setPath('userData', dev.userData ?? join(app.getPath('appData'), DATA_FOLDER_NAME))
if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
// No fuse covers Chromium's DevTools protocol: a packaged app refuses to start with it open.
const debugSwitches = ['remote-debugging-port', 'remote-debugging-pipe']
if (app.isPackaged && debugSwitches.some((s) => app.commandLine.hasSwitch(s))) app.exit(1)

registerAppScheme()

let mainWindow: BrowserWindow | null = null
const getWindow = (): BrowserWindow | null => mainWindow

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // The backups folder is created by the first backup, not here: a backups path that is a file
  // or a dangling link must not keep the window from opening (the backup reports its own error).
  void app.whenReady().then(() => {
    const userData = app.getPath('userData')
    applySecurity()
    handleAppProtocol(join(__dirname, '../renderer'))
    registerHandlers(createHandlers(getWindow))
    installMenu(app.getLocale().startsWith('zh') ? 'zh-CN' : 'en', getWindow)
    const open = (): void => {
      mainWindow = createMainWindow(userData, dev.rendererUrl)
      mainWindow.on('closed', () => (mainWindow = null))
    }
    open()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
