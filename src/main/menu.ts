// The native menu, in Chinese or English. Menu items send commands to the page, which owns the
// actions (export, import, backup …); the shell only routes them.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_EVENT, type MenuCommand } from '@shared/ipc/api'

export type MenuLanguage = 'zh-CN' | 'en'

const labels = {
  'zh-CN': {
    file: '文件',
    exportTrips: '导出行程…',
    importTrips: '导入行程…',
    backupNow: '立即备份',
    quit: '退出',
    edit: '编辑',
    view: '视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    palette: '命令面板…',
    fullscreen: '全屏',
    help: '帮助',
    about: '关于沪嘉通',
    sources: '数据来源',
    shortcuts: '快捷键',
  },
  en: {
    file: 'File',
    exportTrips: 'Export trips…',
    importTrips: 'Import trips…',
    backupNow: 'Back up now',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    palette: 'Command palette…',
    fullscreen: 'Full screen',
    help: 'Help',
    about: 'About HuJia Commute',
    sources: 'Data sources',
    shortcuts: 'Keyboard shortcuts',
  },
} as const

export function menuTemplate(
  lang: MenuLanguage,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const l = labels[lang]
  const item = (label: string, command: MenuCommand, accelerator?: string) => ({
    label,
    accelerator,
    click: () => send(command),
  })
  return [
    {
      label: l.file,
      submenu: [
        item(l.exportTrips, 'exportTrips', 'CmdOrCtrl+E'),
        item(l.importTrips, 'importTrips', 'CmdOrCtrl+I'),
        { type: 'separator' },
        item(l.backupNow, 'backupNow', 'CmdOrCtrl+Shift+B'),
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        item(l.palette, 'commandPalette', 'CmdOrCtrl+K'),
        { type: 'separator' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [
        item(l.shortcuts, 'showShortcuts', 'F1'),
        item(l.sources, 'showSources'),
        { type: 'separator' },
        item(l.about, 'showAbout'),
      ],
    },
  ]
}

export function installMenu(lang: MenuLanguage, getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand): void => {
    getWindow()?.webContents.send(MENU_EVENT, command)
  }
  const template = menuTemplate(lang, send)
  if (process.platform === 'darwin') template.unshift({ label: app.name, role: 'appMenu' })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
