// The service pack in a real browser: the Data sources page over the shipped pack, importing a
// good and a tampered pack file through Settings, going back to the shipped pack, and a fact's
// source badge.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test, expect, type AppPage } from './fixtures'

const PACKS = resolve(__dirname, '../fixtures/packs')
const SHIPPED = JSON.parse(
  readFileSync(resolve(__dirname, '../../resources/data/pack.json'), 'utf8'),
)
const TOTAL = SHIPPED.sources.length

async function openSources(app: AppPage) {
  await app.open('sources')
  await expect(
    app.page.getByRole('status').filter({ hasText: `显示 ${TOTAL} / ${TOTAL} 个来源` }),
  ).toBeVisible()
}

async function importFile(app: AppPage, file: string) {
  const { page } = app
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '导入数据包文件…' }).click()
  await (await chooser).setFiles(resolve(PACKS, file))
}

test('the Data sources page lists every shipped source with its date, confidence and uses', async ({
  app,
}) => {
  const { page } = app
  await openSources(app)
  await expect(page.getByTestId('data-as-of')).toHaveText(
    `服务数据截至 ${SHIPPED.asOf} · 版本 ${SHIPPED.version} · 随应用附带`,
  )
  await expect(page.locator('.source-item')).toHaveCount(TOTAL)

  const seed = page.locator('#source-seed-2017')
  await expect(seed).toContainText('小嘉兴有大野心')
  await expect(seed).toContainText('约 2017-07')
  await expect(seed).toContainText('可信度中')
  await expect(seed).toContainText('可能已过时——请核实')
  await expect(seed).toContainText('医院合作')

  await page.getByLabel('可信度').selectOption('low')
  const low = SHIPPED.sources.filter((s: { confidence: string }) => s.confidence === 'low').length
  await expect(page.locator('.source-item')).toHaveCount(low)
  await page.getByLabel('搜索').fill('shine.cn')
  await expect(page.locator('.source-item')).toHaveCount(0)
})

test('Settings imports a newer pack file (an older format too), and goes back to the shipped pack', async ({
  app,
}) => {
  const { page } = app
  await openSources(app)
  await page.goto('./#/settings')
  const section = page.getByRole('region', { name: '服务数据包' })
  await expect(section.getByTestId('data-as-of')).toContainText(`版本 ${SHIPPED.version}`)

  // pack-v3.json is written in format 1, as packs were before pack v2's divisions.
  await importFile(app, 'pack-v3.json')
  await expect(section.getByRole('status').filter({ hasText: '已导入数据包版本 3' })).toBeVisible()
  await expect(section.getByTestId('data-as-of')).toHaveText(
    '服务数据截至 2026-12-20 · 版本 3 · 从文件导入',
  )

  await section.getByRole('link', { name: '查看数据来源' }).click()
  await expect(page.locator('.source-item')).toHaveCount(2)

  await page.goto('./#/settings')
  await section.getByRole('button', { name: '恢复为随应用附带的数据包' }).click()
  await expect(
    section.getByRole('status').filter({ hasText: '已恢复为随应用附带的数据包' }),
  ).toBeVisible()
  await expect(section.getByTestId('data-as-of')).toContainText(
    `版本 ${SHIPPED.version} · 随应用附带`,
  )
})

test('Settings refuses a tampered pack file, says why, and changes nothing', async ({ app }) => {
  const { page } = app
  await openSources(app)
  await page.goto('./#/settings')
  const section = page.getByRole('region', { name: '服务数据包' })

  await importFile(app, 'bad-checksum.json')
  const alert = section.getByRole('alert')
  await expect(alert).toContainText('没有导入')
  await expect(alert).toContainText('校验值不符')
  await expect(alert).toContainText('sha256')
  await expect(alert).toContainText('文件写明的校验值与其内容不符：文件被改动过')
  await expect(section.getByTestId('data-as-of')).toContainText(
    `版本 ${SHIPPED.version} · 随应用附带`,
  )

  await importFile(app, 'bad-dangling-ref.json')
  await expect(alert).toContainText('引用不存在')
  await expect(alert).toContainText('“test-card-gone” 不在“卡和乘车码”中')

  await page.goto('./#/sources')
  await expect(page.locator('.source-item')).toHaveCount(TOTAL)
})

test('a bus line lists its sources once, marked old, and the line opens to each source', async ({
  app,
}) => {
  const { page } = app
  await openSources(app)
  await page.goto('./#/transit?tab=buses')
  const card = page.locator('#transit-busLine-bus-jiashan-fengjing-2011')
  // Every fact of this line comes from one 2011 report: said once, on the card's source line.
  const line = card.getByTestId('section-sources')
  await expect(line).toHaveCount(1)
  await expect(line.locator('summary')).toHaveText('来源 1 个 · 2011-12-30全部超过两年')
  await expect(card.locator('.fact-mark')).toHaveCount(1) // the summary's own mark only
  const publisher = line.getByText('嘉兴日报 via zjol.com.cn')
  await expect(publisher).toBeHidden()
  await line.locator('summary').click()
  await expect(publisher).toBeVisible()
  await expect(line).toContainText('嘉兴首条省界公交嘉善—枫泾线试运行')
  await expect(line).toContainText('可信度高')
  await expect(line).toContainText('来源已超过两年，可能已过时')
  await expect(line).toContainText(
    'http://jxxznews.zjol.com.cn/xznews/system/2011/12/30/014623658.shtml',
  )
  await line.locator('summary').click()
  await expect(publisher).toBeHidden()
})
