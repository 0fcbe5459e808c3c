import { test, expect, waitReady } from './fixtures'

const AREAS = [
  { route: 'transit', zh: '出行', en: 'Transit' },
  { route: 'medical', zh: '医保', en: 'Medical insurance' },
  { route: 'hospitals', zh: '医院', en: 'Hospitals' },
  { route: 'trips', zh: '行程', en: 'Trips' },
  { route: 'stats', zh: '统计', en: 'Statistics' },
  { route: 'settings', zh: '设置', en: 'Settings' },
]

test('the app loads in Chinese with no console errors, and every area opens', async ({ app }) => {
  const { page } = app
  await app.open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const nav = page.getByRole('navigation', { name: '主导航' })
  for (const area of AREAS) {
    await nav.getByRole('link', { name: area.zh, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`#/${area.route}`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.zh)
  }
})

test('the language switches to English and stays after a reload', async ({ app }) => {
  const { page } = app
  await app.open('settings')
  await page.getByLabel('界面语言').selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.reload()
  await waitReady(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  for (const area of AREAS)
    await expect(nav.getByRole('link', { name: area.en, exact: true })).toBeVisible()
})

test('the theme switches to dark and stays after a reload', async ({ app }) => {
  const { page } = app
  await app.open('settings')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.getByLabel('主题').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const bg = await page.evaluate(
    () => getComputedStyle(document.body.parentElement!).backgroundColor,
  )
  expect(bg).not.toBe('rgb(246, 247, 249)')
  await page.reload()
  await waitReady(page)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('the system theme is followed while the choice is "system"', async ({ app }) => {
  const { page } = app
  await page.emulateMedia({ colorScheme: 'dark' })
  await app.open()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})

test('persistent storage is requested and its result shown in Settings', async ({ app }) => {
  const { page } = app
  await app.open('settings')
  await expect(page.getByTestId('storage-status')).not.toHaveText('正在确认存储状态…')
})

test('the Content-Security-Policy refuses injected inline scripts', async ({ app }) => {
  const { page } = app
  const violations: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy'))
      violations.push(m.text())
  })
  await app.open()
  // Markup that reached the DOM (as an XSS would) with an inline handler must not run.
  const ran = await page.evaluate(async () => {
    const div = document.createElement('div')
    div.innerHTML = '<img src="missing.png" onerror="window.__injected = true">'
    document.body.append(div)
    await new Promise((r) => setTimeout(r, 300))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
  expect(violations.length).toBeGreaterThan(0)
  app.errors.length = 0 // the refusal itself is the expected console error
})
