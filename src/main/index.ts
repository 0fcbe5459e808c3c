// The Electron shell: lifecycle, one window, security, the app:// origin, menu and IPC.
// No domain logic lives here.
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { applySecurity } from './security'
import { registerHandlers } from './ipc'
import { createHandlers } from './handlers'
import { installMenu } from './menu'
import { createMainWindow } from './window'
import { backupDir } from './backups'

// Tests and power users may point the app at another data folder.
const userDataOverride = process.env['HUJIA_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

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

  app.whenReady().then(() => {
    const userData = app.getPath('userData')
    mkdirSync(backupDir(userData), { recursive: true })
    applySecurity()
    handleAppProtocol(join(__dirname, '../renderer'))
    registerHandlers(createHandlers(getWindow))
    installMenu(app.getLocale().startsWith('zh') ? 'zh-CN' : 'en', getWindow)
    mainWindow = createMainWindow(userData)
    mainWindow.on('closed', () => (mainWindow = null))

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createMainWindow(userData)
        mainWindow.on('closed', () => (mainWindow = null))
      }
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
