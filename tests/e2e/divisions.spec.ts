// Service pack v2 in a real browser, over the SHIPPED pack: home and work as administrative
// divisions, the route 闵行区 → 南湖区, 嘉善站 closed with its dates, a home saved by the previous
// version moved with a notice, and the hospital directory by district with its missing lists.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, waitReady, type AppPage } from './fixtures'

/** Settings written behind the app's back, then a reload so it reads them. */
async function withSettings(app: AppPage, route: string, settings: Record<string, unknown>) {
  await app.open(route)
  await app.page.evaluate(async (rows) => {
    const open = indexedDB.open('hujia-commute')
    await new Promise((ok) => (open.onsuccess = ok))
    const tx = open.result.transaction('settings', 'readwrite')
    for (const [key, value] of rows) tx.objectStore('settings').put({ key, value })
    await new Promise((ok) => (tx.oncomplete = ok))
    open.result.close()
  }, Object.entries(settings))
  await app.page.reload()
  await waitReady(app.page)
}

/** Schema 2 of db.ts, as Dexie declares it (primary key first, then indexes). */
const SCHEMA_2_STORES: Record<string, string> = {
  trips: 'id, date',
  templates: 'id, order',
  cards: 'id, typeId',
  settings: 'key',
  hospitalNotes: 'hospitalId',
  packMeta: 'id',
  sources: 'id',
  cardTypes: 'id',
  acceptance: 'id, cardTypeId, system',
  stations: 'id',
  railLinks: 'id',
  busLines: 'id',
  plannedLines: 'id',
  places: 'id',
  medicalRules: 'id',
  hospitals: 'id, city',
  partnerships: 'id, hospitalId, partnerId',
  filings: 'id, date',
  visits: 'id, date',
}

const routeCard = (page: Page, n: number) =>
  page.getByRole('article', { name: new RegExp(`^方案 ${n}：`) })

test('home in 闵行区 and work in 南湖区: Hongqiao to Jiaxing South, with the first and last mile said', async ({
  app,
}) => {
  const { page } = app
  await withSettings(app, 'transit?tab=routes', {
    homePlaceId: 'sh-minhang',
    workPlaceId: 'jx-nanhu',
  })
  await expect(page.getByText('闵行区 → 南湖区')).toBeVisible()
  const route = routeCard(page, 1)
  await expect(route).toContainText('上海虹桥站 → 嘉兴南站')
  await expect(route.locator('.transit-route-total')).toContainText('27 分钟')
  await expect(route.getByTestId('gap-access')).toContainText('第一公里不在数据中。')
  await expect(route.getByTestId('gap-egress')).toContainText('最后一公里不在数据中。')
  await expect(route.getByTestId('fare-rule')).toContainText('12306公布的票价是上限')
  await expect(route.locator('.transit-route-total')).toContainText('高铁票价浮动，不作合计')
  // The route's sources are listed once, at its end; a figure from an old source is marked so.
  await expect(route.getByTestId('section-sources')).toHaveCount(1)
  await expect(route.locator('.transit-leg dd').first()).toContainText('较旧：2022-01-21')
  const sources = route.getByTestId('section-sources')
  const source = sources.getByText('中国铁路12306（查询车次和当天票价）')
  await expect(source).toBeHidden()
  await sources.locator('summary').click()
  await expect(source).toBeVisible()

  // A district without a station starts at its side's stations, and says so.
  await withSettings(app, 'transit?tab=routes', { homePlaceId: 'sh-huangpu' })
  await expect(routeCard(page, 1).getByTestId('gap-access')).toContainText(
    '黄浦区在资料中没有能通往另一城市的车站、线路或到车站的线路',
  )
})

test('嘉善站 shows as closed from 2024-12-10 to 2027-12-09, on its card and on a route to 嘉善县', async ({
  app,
}) => {
  const { page } = app
  await app.open('transit?tab=stations')
  const station = page.locator('#transit-station-jx-jiashan')
  await expect(station.getByTestId('closure')).toContainText('停办客运')
  await expect(station.getByTestId('closure')).toContainText('2024-12-10 至 2027-12-09')

  await withSettings(app, 'transit?tab=routes', {
    homePlaceId: 'sh-jinshan',
    workPlaceId: 'jx-jiashan',
  })
  await expect(page.getByTestId('routes-closed')).toContainText(
    '嘉善站停办客运：2024-12-10 至 2027-12-09。',
  )
})

test('Settings picks a district, then a town; 经开区 is offered under 南湖区 and 秀洲区 and says it has no code', async ({
  app,
}) => {
  const { page } = app
  await app.open('settings')
  const home = page.getByLabel('家', { exact: true })
  await expect(home.locator('optgroup[label="上海一侧"] option')).toHaveCount(17)
  await home.selectOption('jx-nanhu')
  const town = page.getByLabel('家所在的镇或街道')
  await expect(town.locator('option', { hasText: '嘉兴经济技术开发区' })).toHaveCount(1)
  await town.selectOption('jx-jingkai')
  await expect(page.locator('#settings-home-place-about')).toContainText('没有自己的区划代码')
  await home.selectOption('jx-xiuzhou')
  await expect(town.locator('option', { hasText: '嘉兴经济技术开发区' })).toHaveCount(1)
  await town.selectOption('jx-xincheng')
  await expect(page.locator('#settings-home-place-about')).toContainText('统计用区划代码 330411104')
})

test('a home and work saved with pack v1 move to their divisions when the app updates the pack, with a notice', async ({
  app,
}) => {
  const { page } = app
  const v1 = JSON.parse(
    readFileSync(resolve(__dirname, '../fixtures/packs/shipped-pack-v1.json'), 'utf8'),
  ) as Record<string, unknown>
  const tables = Object.fromEntries(
    Object.entries(v1).filter(([, v]) => Array.isArray(v)),
  ) as Record<string, unknown[]>
  // The database as the previous version left it: schema 2 (IndexedDB version 20, Dexie's ×10),
  // pack v1 stored, a home and work among its places. Written before the app first opens.
  // A blank page of the app's origin (so the same IndexedDB), answered by the test itself:
  // nothing opens the database before the previous version's data is written.
  await page.route('**/previous-version', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>v</title>',
    }),
  )
  await page.goto('./previous-version')
  await page.evaluate(
    async ({ tables, stores }) => {
      const open = indexedDB.open('hujia-commute', 20)
      open.onupgradeneeded = () => {
        for (const [name, spec] of Object.entries(stores)) {
          const [key, ...indexes] = spec.split(',').map((x) => x.trim())
          const store = open.result.createObjectStore(name, { keyPath: key })
          for (const index of indexes) store.createIndex(index, index)
        }
      }
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)))
      const tx = db.transaction([...Object.keys(tables), 'packMeta', 'settings'], 'readwrite')
      for (const [name, rows] of Object.entries(tables))
        for (const row of rows) tx.objectStore(name).put(row)
      tx.objectStore('packMeta').put({
        id: 'current',
        version: 1,
        asOf: '2026-11-26',
        sha256: '0'.repeat(64),
        origin: 'shipped',
        installedAt: '2026-11-30T08:00:00.000Z',
      })
      tx.objectStore('settings').put({ key: 'homePlaceId', value: 'sh-hongqiao-hub' })
      tx.objectStore('settings').put({ key: 'workPlaceId', value: 'jx-guangchen' })
      await new Promise((ok) => (tx.oncomplete = ok))
      db.close()
    },
    { tables, stores: SCHEMA_2_STORES },
  )
  // The app upgrades the database to schema 3 and installs the shipped pack v2.
  await app.open('settings')
  const notices = page.getByTestId('place-notices')
  await expect(notices).toContainText('你保存的家“上海虹桥站”已改为“闵行区”')
  await expect(notices).toContainText('你保存的单位“广陈镇山塘村”已改为“广陈镇”')
  await expect(page.getByLabel('家', { exact: true })).toHaveValue('sh-minhang')
  await notices.getByRole('button', { name: '知道了' }).first().click()
  await expect(notices).not.toContainText('上海虹桥站')
  await page.goto('./#/transit?tab=routes')
  await expect(page.getByText('闵行区 → 广陈镇')).toBeVisible()
})

test('the hospital directory filters by district, and says which lists were not found with the official lookup', async ({
  app,
}) => {
  const { page } = app
  await app.open('hospitals?city=shanghai&district=%E6%9D%BE%E6%B1%9F%E5%8C%BA')
  await expect(page.getByTestId('hospital-count')).toHaveText('显示 2 / 28 家医院')
  const coverage = page.getByTestId('hospital-coverage')
  await expect(coverage).toContainText('没有找到的医院名单')
  await expect(coverage).toContainText('国家医保服务平台：定点医疗机构查询')
  await expect(coverage).toContainText('https://fuwu.nhsa.gov.cn/nationalHallSt/#/search/medical')
  await coverage.getByText('没有找到的医院名单').click()
  await expect(coverage).toContainText('没有找到嘉兴全部三级、二级医院')
  await expect(coverage).toContainText('没有找到长三角门诊直接结算定点机构的名单')
})
