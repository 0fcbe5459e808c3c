import { test, expect } from './fixtures'

test('a screen that fails to load shows a readable message and offers to export the data', async ({
  app,
}) => {
  const { page } = app
  // A damaged install: the statistics screen's code cannot be loaded.
  await page.route(/\/assets\/stats-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("damaged chunk")' }),
  )
  await app.open('settings')
  await page.getByRole('navigation').getByRole('link', { name: '统计' }).click()
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: '出错了' })).toBeVisible()
  await expect(alert).toContainText('你的数据仍保存在本机')
  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: '导出我的数据' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^hujia-data-\d{4}-\d{2}-\d{2}\.json$/)
  const body = JSON.parse(
    await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')),
  )
  expect(body).toMatchObject({ app: 'hujia-commute', kind: 'user-data' })
  expect(Object.keys(body.tables)).toEqual(expect.arrayContaining(['trips', 'settings', 'cards']))
  await expect(alert.getByRole('button', { name: '重新加载' })).toBeVisible()
  app.errors.length = 0 // the failed load is logged on purpose
})
