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

test('the Content-Security-Policy refuses injected inline scripts and HTML strings', async ({
  app,
}) => {
  const { page } = app
  const violations: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && /requires 'Trusted(HTML|Script)'/.test(m.text()))
      violations.push(m.text())
  })
  await app.open()
  const result = await page.evaluate(() => {
    // Trusted Types: a string (as an XSS would bring) reaches neither an HTML sink nor an
    // inline event handler; each assignment throws.
    const refused = (f: () => void): string => {
      try {
        f()
        return 'accepted'
      } catch (e) {
        return (e as Error).name
      }
    }
    const div = document.createElement('div')
    document.body.append(div)
    const html = refused(() => (div.innerHTML = '<img src="x.png" onerror="alert(1)">'))
    const handler = refused(() =>
      div.setAttribute('onclick', 'document.documentElement.dataset.injected = "ran"'),
    )
    div.click() // handlers run synchronously on click: nothing to wait for
    div.remove()
    return { html, handler, ran: document.documentElement.dataset['injected'] ?? null }
  })
  expect(result).toEqual({ html: 'TypeError', handler: 'TypeError', ran: null })
  // Chromium reports each refusal as a console error, after the call: wait for both.
  await expect.poll(() => violations.length).toBe(2)
  app.errors.length = 0 // the refusals themselves are the expected console errors
})
