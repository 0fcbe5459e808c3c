// External links: a source's page opens in the system browser through main's allowlist, just
// after a click or key press in the window (main sees the window's input). Nothing else the page
// tries (navigating away, a new window, a link with a target) opens anything off the allowlist or
// moves the window off the app.
import { isAllowedExternalUrl } from '../../src/shared/security/external-url'
import { test, expect } from './fixtures'

test('a source’s link opens in the system browser; nothing off the allowlist ever does', async ({
  desktop,
}) => {
  const { shell, page } = desktop
  await page.goto(`${page.url().split('#')[0]}#/sources`)
  const link = page.locator('.source-link').first()
  const url = (await link.locator('.source-url').textContent())!
  expect(isAllowedExternalUrl(url)).toBe(true)
  await link.getByRole('button', { name: '打开网页' }).click()
  await expect.poll(() => shell.recorded('shell.openExternal').map((r) => r['url'])).toEqual([url])
  await expect(page.locator('.toast')).toHaveCount(0) // no "link refused"
  // The page alone, with no click or key press behind it, opens nothing; a key press does.
  expect(await page.evaluate((u) => window.hujia!.openLink(u), url)).toBe(false)
  await link.getByRole('button', { name: '打开网页' }).press('Enter')
  await expect
    .poll(() => shell.recorded('shell.openExternal').map((r) => r['url']))
    .toEqual([url, url])

  // Everything else the page might try, with a URL on the list and one off it.
  const app = page.url()
  for (const target of ['https://evil.example/x', 'https://github.com/']) {
    await page.evaluate((t) => window.open(t, '_blank'), target)
    await page.evaluate((t) => {
      const a = Object.assign(document.createElement('a'), { href: t, target: '_blank' })
      document.body.append(a)
      a.click()
      a.remove()
    }, target)
    await page.evaluate((t) => (window.location.href = t), target)
  }
  await expect
    .poll(() => shell.recorded('webContents.windowOpen').map((r) => r['action']))
    .toEqual(['deny', 'deny', 'deny', 'deny'])
  await expect
    .poll(() => shell.recorded('harness.will-navigate').map((r) => r['prevented']))
    .toEqual([true, true])
  const opened = shell.recorded('shell.openExternal').map((r) => String(r['url']))
  expect(opened.filter((u) => !isAllowedExternalUrl(u))).toEqual([])
  expect(opened).not.toContain('https://evil.example/x')
  expect(page.url()).toBe(app)
  await expect.poll(() => page.context().pages()).toEqual([page])
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true')
})
