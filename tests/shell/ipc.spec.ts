// Every IPC channel, called from the page through the built preload into the built main's
// handlers: the arguments the app sends are the ones main accepts, the answers are what the app
// reads, and a refused call comes back as an error the page can read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PreloadApi } from '../../src/shared/ipc/api'
import { emptyTables, backupFile as makeText, tripNo as trip } from '../fixtures/builders'
import { backupFiles, test, expect } from './fixtures'

test('every channel takes the arguments the page’s platform adapter sends, and answers as the page expects', async ({
  desktop,
}, testInfo) => {
  const { shell, page } = desktop
  const dir = testInfo.outputPath('files')
  mkdirSync(join(dir, 'a folder'), { recursive: true })
  const csv = join(dir, '行程.csv')
  writeFileSync(csv, 'date,mode\n')
  shell.answerDialog({ kind: 'save', filePath: join(dir, 'text.csv') })
  shell.answerDialog({ kind: 'save', filePath: join(dir, 'bytes.json') })
  shell.answerDialog({ kind: 'open', filePaths: [csv] })
  shell.answerDialog({ kind: 'open', filePaths: [csv] })
  shell.answerDialog({ kind: 'open', filePaths: [join(dir, 'a folder')] })
  shell.answerDialog({ kind: 'save', canceled: true })
  shell.answerDialog({ kind: 'save', filePath: join(dir, 'page.pdf') })
  const backup = await makeText({ ...emptyTables(), trips: [trip(1)] })

  // The shapes below are the ones src/renderer/src/app/platform/electron.ts passes on; the types
  // are the contract's (PreloadApi), so a change to it fails the type check here too.
  const answers = await page.evaluate(async (backup) => {
    const api = window.hujia!
    const bytes = (r: Awaited<ReturnType<PreloadApi['openFile']>>) =>
      r.status === 'ok'
        ? { ...r, bytes: Array.from(r.bytes), typed: r.bytes instanceof Uint8Array }
        : r
    const written = await api.backupWrite(backup, 'manual')
    return {
      appInfo: await api.appInfo(),
      openLink: await api.openLink('https://evil.example/'),
      saveText: await api.saveFile({ kind: 'csv', suggestedName: '行程', content: '沪嘉通' }),
      saveBytes: await api.saveFile({
        kind: 'json',
        suggestedName: 'bytes.json',
        content: new Uint8Array([0, 255, 1]),
      }),
      openFile: bytes(
        await api.openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }], maxBytes: 1024 }),
      ),
      openTooLarge: await api.openFile({ filters: [], maxBytes: 1 }),
      openFolder: await api.openFile({ filters: [], maxBytes: 1024 }),
      printCanceled: await api.printToPdf('月报.pdf'),
      print: await api.printToPdf('月报'),
      notify: await api.notify('记录今天的通勤', '今天还没有记录行程。'),
      backupWrite: written,
      backupList: (await api.backupList()).map((e) => [e.name, e.kind]),
      backupRead: written.status === 'written' && (await api.backupRead(written.name)) === backup,
      backupOpenFolder: await api.backupOpenFolder(),
      setMenuLanguage: (await api.setMenuLanguage('en')) ?? null,
    }
  }, backup)

  expect(answers.backupWrite.status).toBe('written')
  const manual = (answers.backupWrite as { name: string }).name
  expect(manual).toMatch(/^hujia-manual-\d{4}-\d\d-\d\d-\d{6}\.json$/)
  expect(answers).toEqual({
    appInfo: {
      appVersion: '0.1.0',
      electronVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      chromeVersion: page.context().browser()!.version(),
      platform: process.platform,
      userDataPath: shell.userData,
    },
    openLink: false,
    saveText: { saved: true, path: join(dir, 'text.csv') },
    saveBytes: { saved: true, path: join(dir, 'bytes.json') },
    openFile: { status: 'ok', name: '行程.csv', bytes: [...readFileSync(csv)], typed: true },
    openTooLarge: { status: 'tooLarge', name: '行程.csv', size: 10 },
    openFolder: { status: 'notAFile', name: 'a folder' },
    printCanceled: { saved: false },
    print: { saved: true, path: join(dir, 'page.pdf') },
    notify: true,
    backupWrite: {
      status: 'written',
      name: manual,
      path: join(shell.userData, 'backups', manual),
      removed: [],
    },
    backupList: [[manual, 'manual']],
    backupRead: true,
    backupOpenFolder: true,
    setMenuLanguage: null,
  })
  // …and main did what each answer says.
  expect(readFileSync(join(dir, 'text.csv'), 'utf8')).toBe('沪嘉通')
  expect([...readFileSync(join(dir, 'bytes.json'))]).toEqual([0, 255, 1])
  expect(readFileSync(join(dir, 'page.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  expect(shell.recorded('notification.show').map((n) => [n['title'], n['body']])).toEqual([
    ['记录今天的通勤', '今天还没有记录行程。'],
  ])
  expect(backupFiles(shell.userData)).toEqual([manual])
  expect(shell.recorded('shell.openPath').map((r) => r['path'])).toEqual([
    join(shell.userData, 'backups'),
  ])
  expect(shell.menu()?.map((m) => m['label'])).toEqual(['File', 'Edit', 'View', 'Help'])
  expect(shell.recorded('shell.openExternal')).toEqual([])
  // Main picks each save dialog's file type from the kind, and ends the name with it.
  expect(shell.recorded('dialog').map((d) => [d['dialog'], d['options']])).toEqual([
    ['save', { defaultPath: '行程.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] }],
    ['save', { defaultPath: 'bytes.json', filters: [{ name: 'JSON', extensions: ['json'] }] }],
    ['open', { properties: ['openFile'], filters: [{ name: 'CSV', extensions: ['csv'] }] }],
    ['open', { properties: ['openFile'], filters: [] }],
    ['open', { properties: ['openFile'], filters: [] }],
    ['save', { defaultPath: '月报.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }],
    ['save', { defaultPath: '月报.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }],
  ])
})

test('a refused call reaches the page as an error it can read, and does nothing', async ({
  desktop,
}) => {
  const { shell, page } = desktop
  const messages = await page.evaluate(async () => {
    const api = window.hujia! as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
    const calls: [string, unknown[]][] = [
      ['backupRead', ['../window-state.json']],
      ['notify', [42, 'body']],
      ['setMenuLanguage', ['fr']],
      ['saveFile', [{ kind: 'csv', suggestedName: '../../.bashrc', content: 'x' }]],
      ['backupWrite', ['{"not":"a backup"}', 'manual']],
    ]
    const out: string[] = []
    for (const [name, args] of calls)
      out.push(
        await api[name]!(...args).then(
          () => 'resolved',
          (e: Error) => e.message,
        ),
      )
    return out
  })
  const refused = (channel: string) =>
    new RegExp(
      `^Error invoking remote method 'hujia:${channel}': Error: IPC ${channel}: invalid arguments$`,
    )
  expect(messages[0]).toMatch(refused('backupRead'))
  expect(messages[1]).toMatch(refused('notify'))
  expect(messages[2]).toMatch(refused('setMenuLanguage'))
  expect(messages[3]).toMatch(refused('saveFile'))
  // Arguments of the right shape whose content main refuses: main's own message crosses.
  expect(messages[4]).toMatch(/^Error invoking remote method 'hujia:backupWrite': Error: \S/)
  expect(messages[4]).not.toContain('invalid arguments')

  expect(shell.recorded('notification.show')).toEqual([])
  expect(shell.recorded('dialog')).toEqual([])
  expect(backupFiles(shell.userData)).toEqual([])
  expect(shell.menu()?.map((m) => m['label'])).toEqual(['文件', '编辑', '视图', '帮助'])
})

test('the settings screen shows the data folder, opens the backups folder and switches the menu’s language', async ({
  launch,
}, testInfo) => {
  const home = testInfo.outputPath('home')
  const userData = join(home, '.config', 'HuJia Commute')
  const { shell, page } = await launch({ home, userData })
  await page.goto(`${page.url().split('#')[0]}#/settings`)
  // The folder as the user would type it, without their account name.
  await expect(
    page.getByText('数据保存在本机的应用数据文件夹：~/.config/HuJia Commute'),
  ).toBeVisible()
  await page.getByRole('button', { name: '打开备份文件夹' }).click()
  await expect
    .poll(() => shell.recorded('shell.openPath').map((r) => r['path']))
    .toEqual([join(shell.userData, 'backups')])
  await expect(page.getByText('无法打开备份文件夹。')).toBeHidden()

  await page.getByLabel('界面语言').selectOption('en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect
    .poll(() => shell.menu()?.map((m) => m['label']))
    .toEqual(['File', 'Edit', 'View', 'Help'])
  await shell.clickMenu('Help', 'About HuJia Commute')
  await expect(page.getByTestId('about-dialog')).toContainText('Data folder~/.config/HuJia Commute')
})

test('the daily reminder notifies through main when it is due', async ({ launch }) => {
  // A Tuesday, a working day; the reminder is set for 09:30 and nothing is logged.
  const { shell, page } = await launch({ time: new Date('2026-03-10T09:00:00+08:00') })
  await page.goto(`${page.url().split('#')[0]}#/settings`)
  await page.getByLabel('提醒我记录通勤').check()
  await expect(page.getByTestId('reminder-status')).toHaveText('已设置在工作日 09:30 提醒。')
  expect(shell.recorded('notification.show')).toEqual([])
  await shell.advance(31 * 60 * 1000)
  await expect
    .poll(() => shell.recorded('notification.show').map((n) => [n['title'], n['body']]))
    .toEqual([['记录今天的通勤', '今天还没有记录行程。']])
  await expect(page.locator('.toast', { hasText: '记录今天的通勤' })).toBeVisible()
})
