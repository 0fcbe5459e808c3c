// The transit guide over the fixture pack (tests/fixtures/transit/pack.ts), seeded into the
// browser's IndexedDB: cards, the matrix and its details, routes, bus lines, stations, planned
// lines and search, in Chinese and English, by mouse and keyboard.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Pack } from '@shared/pack'
import type { TransitData } from '@shared/transit/types'
import { test, expect, type AppPage } from './fixtures'
import type { UserCard } from '@shared/cards/schema'
import { seed } from './db'
import { transitFixture } from '../fixtures/transit/pack'

const RED_CARD = {
  id: '00000000-0000-4000-8000-000000000001',
  typeId: 'sh-card-red',
  nickname: '我的红卡',
  note: '',
  createdAt: '2026-11-01T08:00:00.000Z',
}
const JX_CARD = {
  id: '00000000-0000-4000-8000-000000000002',
  typeId: 'jx-citizen-card',
  nickname: '市民卡',
  note: '蓝色',
  createdAt: '2026-11-02T08:00:00.000Z',
}

interface SeedOptions {
  /** Pack tables to store (any sections, e.g. a whole older pack). */
  data?: TransitData | Record<string, unknown[]>
  cards?: UserCard[]
  settings?: Record<string, unknown>
  /** The stored pack's version: newer than any shipped one unless a test wants the app to upgrade it. */
  packVersion?: number
}

/**
 * Opens `route` over the transit fixture pack (replacing the pack's tables) and the given cards
 * and settings. The packMeta row is newer than any shipped pack (unless `packVersion` says
 * otherwise), so the app's start-up seeding leaves the fixture alone.
 */
async function openSeeded(app: AppPage, route: string, opts: SeedOptions = {}) {
  await app.open('transit')
  const tables = opts.data ?? transitFixture
  await app.page.goto(`./#/${route}`)
  await seed(
    app.page,
    {
      ...tables,
      packMeta: [
        {
          id: 'current',
          version: opts.packVersion ?? 1_000_000,
          asOf: '2026-11-26',
          sha256: '0'.repeat(64),
          origin: 'imported',
          installedAt: '2026-11-26T00:00:00.000Z',
        },
      ],
      cards: opts.cards ?? [],
      settings: Object.entries(opts.settings ?? {}).map(([key, value]) => ({ key, value })),
    },
    { clear: Object.keys(tables) },
  )
}

test('the matrix shows every card type, and each cell opens its detail with sources', async ({
  app,
}) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=matrix')
  const matrix = page.getByRole('table', { name: '卡码与交通系统对照' })
  // No cards of mine: every pack card type is a row.
  await expect(page.getByRole('button', { name: '全部卡种' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(matrix.getByRole('rowheader')).toHaveText([
    '上海公共交通卡（红卡）',
    '上海公共交通乘车码',
    '嘉兴市民卡',
  ])

  // A record with conditions: since-date, the condition and its source.
  await matrix
    .getByRole('button', { name: '上海公共交通乘车码 · 嘉兴公交：有条件，查看详情' })
    .click()
  const dialog = page.getByRole('dialog', { name: '上海公共交通乘车码 · 嘉兴公交' })
  await expect(dialog).toContainText('2024-01-01')
  await expect(dialog).toContainText('仅 181 条嘉兴公交线路；不享受换乘优惠')
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused()
  const sources = dialog.getByTestId('section-sources')
  await sources.locator('summary').click()
  await expect(sources).toContainText('沪嘉乘车码互通')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const cell = matrix.getByRole('button', {
    name: '上海公共交通乘车码 · 嘉兴公交：有条件，查看详情',
  })
  await expect(cell).toBeFocused()

  // The pack's own "unknown", and a pair with no record at all: both honest, neither guessed.
  await matrix
    .getByRole('button', { name: '上海公共交通卡（红卡） · 嘉兴公交：未知，查看详情' })
    .click()
  await expect(page.getByRole('dialog')).toContainText('现有来源没有说明这张卡在这里能否使用')
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()
  await matrix
    .getByRole('button', { name: '上海公共交通乘车码 · 跨省公交：未知，查看详情' })
    .click()
  await expect(page.getByRole('dialog')).toContainText('数据包里没有这张卡在这个系统上的记录')
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()

  // An inference is marked unconfirmed, never shown as fact.
  await matrix.getByRole('button', { name: '嘉兴市民卡 · 上海地铁：能用，查看详情' }).click()
  await expect(
    page.getByRole('dialog').locator('li', { hasText: '首日开通日期未经证实' }),
  ).toContainText('未经证实')
})

test('with cards of my own the matrix has a row per card, and a card whose type left the pack says so', async ({
  app,
}) => {
  const { page } = app
  const gone = {
    ...RED_CARD,
    id: '00000000-0000-4000-8000-000000000003',
    typeId: 'retired',
    nickname: '旧卡',
    createdAt: '2026-11-03T08:00:00.000Z',
  }
  await openSeeded(app, 'transit?tab=matrix', { cards: [RED_CARD, JX_CARD, gone] })
  const matrix = page.getByRole('table', { name: '卡码与交通系统对照' })
  await expect(page.getByRole('button', { name: '我的卡', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(matrix.getByRole('rowheader')).toHaveText([/^我的红卡/, /^市民卡/, '旧卡'])
  await expect(matrix.getByRole('row', { name: /旧卡/ })).toContainText('这张卡的类型已不在数据中')
  await expect(
    matrix.getByRole('button', { name: '我的红卡 · 金山铁路：能用，查看详情' }),
  ).toBeVisible()
})

test('cards and codes are added, checked, edited, deleted and restored', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=cards')
  await expect(page.getByText('还没有记录任何卡或乘车码')).toBeVisible()
  await page.getByRole('button', { name: '添加卡或码' }).click()
  const form = page.getByRole('form', { name: '添加卡或乘车码' })
  await form.getByRole('button', { name: '保存' }).click()
  // Each message sits with its field and describes it; focus goes to the first.
  await expect(form.getByLabel('类型')).toHaveAccessibleDescription('请选择卡或乘车码的类型')
  await expect(form.getByLabel('名称')).toHaveAccessibleDescription('请填写名称')
  await expect(form.getByLabel('类型')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('类型')).toBeFocused()

  await form.getByLabel('类型').selectOption({ label: '嘉兴市民卡' })
  await expect(form).toContainText('交通部、住建部双标准')
  await form.getByLabel('名称').fill('通勤卡')
  await form.getByLabel('备注').fill('钱包里')
  await form.getByRole('button', { name: '保存' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('row', { name: /通勤卡/ })).toContainText('嘉兴市民卡')
  await expect(table.getByRole('row', { name: /通勤卡/ })).toContainText('钱包里')

  await page.getByRole('button', { name: '修改 通勤卡' }).click()
  const edit = page.getByRole('form', { name: '修改卡或乘车码' })
  await edit.getByLabel('名称').fill('嘉兴卡')
  await edit.getByRole('button', { name: '保存' }).click()
  await expect(table.getByRole('rowheader')).toHaveText(['嘉兴卡'])

  await page.getByRole('button', { name: '删除 嘉兴卡' }).click()
  await expect(page.getByText('还没有记录任何卡或乘车码')).toBeVisible()
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click()
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['嘉兴卡'])
})

test('a route between home and work shows each leg, my cards on it, and a partial total', async ({
  app,
}) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=routes', {
    cards: [RED_CARD, JX_CARD],
    settings: { homePlaceId: 'sh-minhang', workPlaceId: 'ph-xindai' },
  })
  const route = page.getByRole('article', { name: '方案 1：高铁 → 跨省公交' })
  await expect(route).toBeVisible()
  await expect(route).toContainText('合计时间38 分钟不完整')
  await expect(route.getByTestId('gap-access')).toHaveText(
    '从你在闵行区的住址到上海虹桥站（上海虹桥站在闵行区）： 第一公里不在数据中。',
  )
  await expect(route).toContainText('在金山北站换乘：换乘和候车时间不在数据中')
  // No sourced fare on either leg nor in total: said, not guessed.
  await expect(route.getByRole('definition').filter({ hasText: /^来源中没有$/ })).toHaveCount(3)
  await expect(route.locator('.transit-route-total')).toContainText('合计票价来源中没有')
  const bus = route.locator('.transit-leg', { hasText: '平湖319路' })
  await expect(bus).toContainText('新埭汽车站—金山北站')
  // Cards are checked against the system the line's record names.
  await expect(bus).toContainText('卡码按“跨省公交”查看')
  await expect(bus).toContainText('未知 我的红卡 (数据中没有记录)')

  // The other way round.
  await page.getByRole('button', { name: '回家' }).click()
  await expect(page.getByText('新埭镇 → 闵行区')).toBeVisible()
  await expect(page.getByRole('article', { name: '方案 1：跨省公交 → 高铁' })).toBeVisible()
})

test('a route with an unknown card and an unsourced fare, and places nothing connects', async ({
  app,
}) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=routes', {
    cards: [RED_CARD],
    settings: { homePlaceId: 'sh-hongqiao-hub', workPlaceId: 'jx-xincheng' },
  })
  const route = page.getByRole('article', { name: '方案 1：高铁 → 市内公交' })
  const bus = route.locator('.transit-leg', { hasText: '嘉兴260路' })
  await expect(bus).toContainText('未知 我的红卡')
  // Each card on a leg opens the same detail as its matrix cell.
  await bus.getByRole('button', { name: /我的红卡/ }).click()
  const detail = page.getByRole('dialog', { name: '我的红卡 · 嘉兴公交' })
  await expect(detail).toContainText('现有来源没有说明这张卡在这里能否使用')
  await detail.getByRole('button', { name: '关闭' }).click()
  await expect(bus.getByRole('button', { name: /我的红卡/ })).toBeFocused()
  await expect(route.locator('.transit-leg', { hasText: '沪杭高铁' })).toContainText(
    '票价来源中没有',
  )

  await seed(page, { settings: [{ key: 'homePlaceId', value: 'sh-xuhui' }] })
  // Xuhui's own station (Shanghai South) leads nowhere toward Jiaxing: the route starts at
  // another Shanghai station and says that is a fallback, with the first mile not in the data.
  const fallback = page.getByRole('article', { name: /^方案 1/ })
  await expect(fallback.getByTestId('gap-access')).toContainText(
    '徐汇区在资料中没有能通往另一城市的车站、线路或到车站的线路',
  )
  await expect(fallback.getByTestId('gap-access')).toContainText('第一公里不在数据中。')
})

test('home and work are chosen in Settings from pack places on both sides', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=routes')
  await expect(page.getByTestId('routes-unset')).toBeVisible()
  await page.getByRole('link', { name: '在设置中选择家和单位' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置')
  const home = page.getByLabel('家', { exact: true })
  await expect(home.locator('optgroup')).toHaveCount(2)
  await expect(home.locator('optgroup[label="上海一侧"] option').first()).toHaveText(
    '虹桥枢纽（车站）',
  )
  await home.selectOption('sh-hongqiao-hub')
  await page.getByLabel('单位', { exact: true }).selectOption('jx-xincheng')
  await page.getByRole('link', { name: '查看通勤路线' }).click()
  await expect(page.getByText('虹桥枢纽 → 新塍镇')).toBeVisible()
  await expect(page.getByRole('article', { name: /方案 1/ })).toBeVisible()
})

test('bus lines show endpoints, stops, hours, fares to verify and discount notes', async ({
  app,
}) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=buses')
  const line = page.getByRole('article', { name: /^7619路/ })
  await expect(line).toContainText('黎里 ⇄ 西塘古镇停车场')
  await expect(line.getByRole('listitem').filter({ hasText: '洪溪路口' })).toBeVisible()
  await expect(line).toContainText('共 7 站')
  await expect(line).toContainText('07:00–17:30')
  await expect(line.locator('.transit-fare')).toContainText('¥5.00')
  await expect(line.locator('.transit-fare')).toContainText('请核实')
  await expect(line).toContainText('不享受公交卡刷卡优惠')
  const k328 = page.getByRole('article', { name: /^嘉善328路/ })
  await expect(k328.getByTestId('line-missing')).toHaveText(
    '站点、运营时间、全程时间、里程、票价、优惠说明',
  )
  await expect(page.getByRole('heading', { name: '长三角示范区公交' })).toBeVisible()
})

test('rail stations show 12306 codes, and say when a code is not sourced', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=stations')
  const station = (name: string) => page.getByRole('article', { name, exact: true })
  await expect(station('嘉兴南').getByTestId('telecode')).toContainText('EPH')
  await expect(station('金山卫').getByTestId('telecode')).toHaveText('来源中没有')
  const link = page.getByRole('article', { name: '上海南 ⇄ 金山卫' })
  await expect(link).toContainText('32 分钟 (直达)')
  await expect(link).toContainText('60 分钟 (站站停)')
  await expect(link).toContainText('票价来源中没有')
})

test('planned lines sit on a timeline with target dates marked', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=planned')
  await expect(page.getByRole('article', { name: /沪苏嘉城际铁路/ })).toContainText('在建')
  const years = page.locator('.transit-timeline-year h4')
  await expect(years).toHaveText(['2022', '2028'])
  const target = page.locator('.transit-timeline-entry', { hasText: '计划通车' })
  await expect(target).toContainText('目标日期')
})

test('search finds lines by alias and stations by code, and opens the record', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=routes')
  const box = page.getByRole('searchbox', { name: '搜索出行信息' })
  await box.fill('K319')
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 1 条')
  await page.getByRole('link', { name: '平湖319路' }).click()
  await expect(page.getByRole('tab', { name: '跨省公交' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('article', { name: /^平湖319路/ })).toBeFocused()

  await box.fill('jxn')
  await expect(page.getByRole('link', { name: '嘉兴南' })).toBeVisible()
  await box.press('Escape')
  await expect(page.getByRole('article', { name: /^平湖319路/ })).toBeVisible()
})

test('tabs are reachable by keyboard with the arrow keys', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit')
  const first = page.getByRole('tab', { name: '通勤路线' })
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await first.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: '卡码对照' })).toBeFocused()
  await expect(page.getByRole('tabpanel')).toContainText('卡码与交通系统对照')
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: '规划线路' })).toHaveAttribute('aria-selected', 'true')
})

test('the guide reads in English when the language is switched', async ({ app }) => {
  const { page } = app
  await openSeeded(app, 'transit?tab=matrix', { settings: { language: 'en' } })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transit')
  const matrix = page.getByRole('table', { name: 'Cards and codes by transport system' })
  await expect(matrix.getByRole('columnheader', { name: 'Jiaxing buses' })).toBeVisible()
  await matrix
    .getByRole('button', {
      name: 'Shanghai transport ride code · Jiaxing buses: Partly, show details',
    })
    .click()
  await expect(page.getByRole('dialog')).toContainText(
    'Only 181 Jiaxing routes; no transfer discounts',
  )
})

test('over the shipped pack: HSR between intermediate stations, with derived km and no invented time or fare', async ({
  app,
}) => {
  const { page } = app
  const pack = JSON.parse(
    readFileSync(resolve(__dirname, '../../resources/data/pack.json'), 'utf8'),
  ) as Pack
  const data: TransitData = {
    sources: pack.sources,
    cardTypes: pack.cardTypes,
    acceptance: pack.acceptance,
    stations: pack.stations,
    railLinks: pack.railLinks,
    busLines: pack.busLines,
    plannedLines: pack.plannedLines,
    places: pack.places,
    fareRules: pack.fareRules,
  }
  await openSeeded(app, 'transit?tab=routes', {
    data,
    cards: [RED_CARD],
    settings: { homePlaceId: 'sh-jinshan', workPlaceId: 'jx-yuxin' },
  })
  const route = page.getByRole('article', { name: '方案 1：高铁' })
  const leg = route.locator('.transit-leg', { hasText: '沪杭高铁' })
  await expect(leg).toContainText('金山北站 → 嘉兴南站')
  await expect(leg).toContainText('卡码按“国铁（12306）”查看')
  await expect(leg.getByRole('definition').filter({ hasText: /^来源中没有$/ })).toHaveCount(1)
  // The fare is a rule, not a number: the rule, no invented figure, and 12306 for today's.
  await expect(leg.getByTestId('fare-rule')).toContainText('高铁浮动票价（2024-06-15起）')
  await expect(leg.getByTestId('fare-rule')).toContainText('https://www.12306.cn/index/')
  await expect(leg).toContainText('没有来源给出这一段的票价。')
  await expect(leg).toContainText('36 公里 (由里程表相减得出')
  await expect(leg).toContainText('未经证实')
  await expect(route.locator('.transit-route-total')).toContainText('合计时间来源中没有')
  await expect(route.locator('.transit-route-total')).toContainText('高铁票价浮动，不作合计')

  await page.getByRole('tab', { name: '铁路车站' }).click()
  const link = page.getByRole('article', { name: '金山北 ⇄ 嘉兴南' })
  await expect(link).toContainText(
    '36 公里 (由里程表相减得出：84 − 48 公里（自虹桥起算的线路里程）)',
  )
  await expect(link).toContainText('2016年版条目给出的嘉兴南里程是87公里')

  await page.getByRole('tab', { name: '跨省公交' }).click()
  const fengmei = page.getByRole('article', { name: /^枫梅线/ })
  await expect(fengmei).toContainText('枫泾汽车站（金山） ⇄ 锦江乐园地铁站')
  await expect(fengmei.getByRole('link', { name: '上海公交' })).toBeVisible()
  await expect(fengmei.locator('.transit-fare')).toContainText('¥11.00')
  await expect(fengmei.locator('.transit-fare')).toContainText('请核实')
})
