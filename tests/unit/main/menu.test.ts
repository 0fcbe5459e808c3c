import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', () => ({ app: { name: 'HuJia' }, Menu: {} }))
const { menuTemplate } = await import('../../../src/main/menu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}

describe('the native menu', () => {
  it('is in Chinese or English', () => {
    const zh = flatten(menuTemplate('zh-CN', () => {})).map((i) => i.label)
    const en = flatten(menuTemplate('en', () => {})).map((i) => i.label)
    expect(zh).toEqual(
      expect.arrayContaining([
        '文件',
        '导出行程…',
        '导入行程…',
        '立即备份',
        '放大',
        '关于沪嘉通',
        '数据来源',
      ]),
    )
    expect(en).toEqual(
      expect.arrayContaining([
        'File',
        'Export trips…',
        'Import trips…',
        'Back up now',
        'Zoom in',
        'About HuJia Commute',
        'Data sources',
      ]),
    )
  })

  it('sends the page a command for export, import, backup, about and sources', () => {
    const send = vi.fn()
    const items = flatten(menuTemplate('en', send))
    for (const label of [
      'Export trips…',
      'Import trips…',
      'Back up now',
      'About HuJia Commute',
      'Data sources',
    ]) {
      const item = items.find((i) => i.label === label)
      ;(item?.click as () => void)()
    }
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'exportTrips',
      'importTrips',
      'backupNow',
      'showAbout',
      'showSources',
    ])
  })

  it('has zoom roles', () => {
    const roles = flatten(menuTemplate('en', () => {})).map((i) => i.role)
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']))
  })
})
