// The hospital directory in a real browser: search by pinyin, initials and hanzi, keyboard
// navigation, filters and their counts, links with filters, favourites and notes across a
// reload, notes for hospitals gone from the data, and the district diagram's filter.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, waitReady } from './fixtures'
import { seed } from './db'

const count = (page: Page) => page.getByTestId('hospital-count')
const results = (page: Page) => page.getByRole('listbox', { name: '搜索结果' })
const search = (page: Page) => page.getByRole('combobox', { name: '搜索医院' })

async function openDirectory(
  app: { open(route?: string): Promise<void>; page: Page },
  route = 'hospitals',
) {
  await app.open(route)
  await expect(count(app.page)).toBeVisible()
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('pinyin, initials and hanzi find what a user means, with the match marked', async ({
  app,
}) => {
  const { page } = app
  await openDirectory(app)
  await expect(count(page)).toHaveText('共 28 家医院')

  await search(page).fill('changhai')
  await expect(count(page)).toHaveText('显示 1 / 28 家医院')
  const option = results(page).getByRole('option')
  await expect(option).toHaveCount(1)
  await expect(option).toContainText('上海长海医院')
  await expect(option.locator('mark')).toHaveText('长海')
  await expect(page).toHaveURL(/q=changhai/)

  await search(page).fill('jxsdyyy')
  await expect(results(page).getByRole('option').first()).toContainText('嘉兴市第一医院')

  // An abbreviation the user makes up: 嘉兴一院 for 嘉兴市第一医院.
  await search(page).fill('嘉兴一院')
  await expect(results(page).getByRole('option').first()).toContainText('嘉兴市第一医院')

  await search(page).fill('北京协和')
  await expect(page.getByText('没有符合条件的医院')).toBeVisible()

  // Opening the directory afresh from the navigation starts with an empty box.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '医院' }).click()
  await expect(search(page)).toHaveValue('')
  await expect(count(page)).toHaveText('共 28 家医院')
})

test('the keyboard alone searches, moves through results and opens one', async ({ app }) => {
  const { page } = app
  await openDirectory(app)
  await search(page).focus()
  await page.keyboard.type('shanghai')
  await expect(results(page).getByRole('option').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const second = results(page).getByRole('option').nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(search(page)).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id')) ?? '',
  )
  const name = (await second.locator('.row-name').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page).toHaveURL(/id=sh-/)
  // Back returns to the list with the search kept.
  await page.goBack()
  await expect(search(page)).toHaveValue('shanghai')
})

test('filters combine, show their counts and live in the URL', async ({ app }) => {
  const { page } = app
  await openDirectory(app)
  await page.getByLabel('城市').selectOption('jiaxing')
  await expect(count(page)).toHaveText('显示 12 / 28 家医院')
  await expect(page).toHaveURL(/city=jiaxing/)
  // Counts within Jiaxing: 名医到嘉 is at three Jiaxing hospitals.
  const programme = page.getByLabel('合作项目')
  await expect(programme.locator('option', { hasText: '名医到嘉' })).toHaveText('名医到嘉（3）')
  await programme.selectOption('名医到嘉')
  await expect(count(page)).toHaveText('显示 3 / 28 家医院')
  await page.getByLabel('科室 / 诊疗中心').selectOption({ label: '首批专科之一：肿瘤科（1）' })
  await expect(count(page)).toHaveText('显示 1 / 28 家医院')
  await expect(results(page).getByRole('option')).toContainText('嘉兴市第一医院')

  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(count(page)).toHaveText('共 28 家医院')

  // Direct settlement only where a source reports it.
  await page.getByLabel('医保直接结算（有来源报道）').selectOption('jiaxing')
  await expect(count(page)).toHaveText('显示 2 / 28 家医院')
  await expect(results(page)).toContainText('上海长海医院')
  await expect(results(page)).toContainText('上海市第一人民医院')
})

test('a link from elsewhere opens the directory with its filters applied', async ({ app }) => {
  const { page } = app
  await openDirectory(app, 'hospitals?partner=sh-zhongshan')
  await expect(page.getByLabel('上海合作医院')).toHaveValue('sh-zhongshan')
  await expect(count(page)).toHaveText('显示 2 / 28 家医院')
  await expect(results(page)).toContainText('嘉兴市第一医院')
  await expect(results(page)).toContainText('复旦大学附属中山医院')
})

test('the detail page shows partnerships, settlement and sources, and says what is unknown', async ({
  app,
}) => {
  const { page } = app
  await app.open('hospitals?id=sh-changhai')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海长海医院')
  await expect(page.getByRole('heading', { name: '八大诊疗中心' })).toBeVisible()
  await expect(page.getByTestId('settle-jiaxing')).toContainText('有报道可直接结算')
  await expect(page.getByTestId('settle-shanghai')).toContainText('资料未说明')
  await expect(page.getByText('医保结算以官方渠道为准')).toBeVisible()
  await expect(page.getByTestId('section-sources').first()).toContainText('来源')
  expect(await seriousViolations(page)).toEqual([])
})

test('a favourite and a note survive a reload', async ({ app }) => {
  const { page } = app
  await app.open('hospitals?id=jx-second-hospital')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('嘉兴市第二医院')
  await page.getByRole('button', { name: '☆ 收藏' }).click()
  await expect(page.getByRole('button', { name: '★ 已收藏' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.getByLabel('笔记（只有你看得到）').fill('儿科远程会诊，周三下午')
  await page.getByRole('button', { name: '保存笔记' }).click()
  await expect(page.getByText('笔记已保存。')).toBeVisible()

  await page.reload()
  await waitReady(page)
  await expect(page.getByRole('button', { name: '★ 已收藏' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByLabel('笔记（只有你看得到）')).toHaveValue('儿科远程会诊，周三下午')

  await page.getByRole('link', { name: '返回医院列表' }).click()
  await page.getByLabel('只看收藏（1）').check()
  await expect(count(page)).toHaveText('显示 1 / 28 家医院')
  await expect(results(page).getByRole('option')).toContainText('嘉兴市第二医院')
  await expect(results(page).getByRole('option')).toContainText('有笔记')
})

test('a note for a hospital no longer in the data is still shown', async ({ app }) => {
  const { page } = app
  await openDirectory(app)
  await seed(page, {
    hospitalNotes: [
      {
        hospitalId: 'old-closed-hospital',
        favourite: true,
        note: '以前看过的医院',
        updatedAt: '2025-03-01T08:00:00.000Z',
      },
    ],
  })
  const orphans = page.getByRole('region', { name: '不在当前数据中的医院' })
  await expect(orphans).toContainText('以前看过的医院')
  await expect(orphans).toContainText('已不在数据中')
  await orphans.getByRole('link').click()
  await expect(page.getByText('没有找到这家医院')).toBeVisible()
  await expect(page.getByLabel('笔记（只有你看得到）')).toHaveValue('以前看过的医院')
})

test('the district diagram marks home and work, and a click filters the list', async ({ app }) => {
  const { page } = app
  await openDirectory(app)
  await seed(page, {
    settings: [
      { key: 'homePlaceId', value: 'jx-jiashan' },
      { key: 'workPlaceId', value: 'sh-zhendian' },
    ],
  })
  await page.getByRole('button', { name: '区县示意图' }).click()
  await expect(page).toHaveURL(/view=map/)
  await expect(page.getByTestId('map-schematic')).toHaveText(
    '示意图，位置仅为大致示意，不是地图坐标。',
  )
  await expect(page.getByRole('button', { name: '嘉善县：0 家合作医院，家在这里' })).toBeVisible()
  const qingpu = page.getByRole('button', { name: '青浦区：2 家合作医院，单位在这里' })
  expect(await seriousViolations(page)).toEqual([])

  await qingpu.click()
  await expect(page).toHaveURL(/city=shanghai/)
  await expect(page).toHaveURL(/district=%E9%9D%92%E6%B5%A6%E5%8C%BA/)
  // Every hospital with a campus in Qingpu: its own TCM hospital, Zhongshan's branch and the
  // children's hospital's centre being built there.
  await expect(count(page)).toHaveText('显示 3 / 28 家医院')
  await expect(results(page)).toContainText('青浦区中医医院')
  await expect(results(page)).toContainText('复旦大学附属中山医院')
  await expect(page.getByLabel('区县')).toHaveValue('青浦区')

  // The diagram shows the chosen district as pressed; the keyboard picks another.
  await page.getByRole('button', { name: '区县示意图' }).click()
  await expect(qingpu).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: /^上海 · 区县未注明：/ }).focus()
  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('显示 5 / 28 家医院')
})
