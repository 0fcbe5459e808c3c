// The medical insurance guide in a real browser: the settlement wizard for the two commuter cases,
// my filing pre-filling the wizard and showing in Settings, and a visit with a claim.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** Serious and critical axe violations, one line per rule. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function answer(page: Page, question: string, option: string): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: option, exact: true })
    .check()
}

// The app seeds the shipped service pack at start-up; the screens follow it as it lands.
test.beforeEach(async ({ app }) => {
  await app.page.addInitScript(() => {
    window.print = () => {
      const html = document.documentElement
      html.dataset['printed'] = String(Number(html.dataset['printed'] ?? 0) + 1)
    }
  })
  await app.open('medical')
})

test('insured in Shanghai, outpatient in Jiaxing: file first, with sources, saved and printed', async ({
  app,
}) => {
  const { page } = app
  await answer(page, '你在哪里参加医保？', '上海')
  await answer(page, '你参加的是职工医保还是居民医保？', '职工医保')
  await expect(page.getByTestId('medical-result')).toHaveCount(0)
  await answer(page, '你要在哪里看病？', '嘉兴')
  await answer(page, '看什么？', '门诊')
  // Keyboard: Space picks an option, the arrow keys move within the question.
  const filed = page.getByRole('group', { name: '你办过异地就医备案吗？' })
  await filed.getByRole('radio', { name: '还没备案' }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await expect(filed.getByRole('radio', { name: '异地长期居住备案' })).toBeChecked()
  await page.keyboard.press('ArrowLeft')
  await expect(filed.getByRole('radio', { name: '还没备案' })).toBeChecked()

  const result = page.getByTestId('medical-result')
  await expect(result.getByTestId('verdict')).toContainText('备案后可直接结算')
  await expect(result.getByTestId('answers-summary')).toHaveText(
    '上海参保（职工医保），在嘉兴就医：门诊；还没备案',
  )
  await expect(result.getByRole('heading', { name: '先做什么：备案渠道与步骤' })).toBeVisible()
  await expect(result).toContainText('国家医保服务平台App')
  await expect(result.getByRole('heading', { name: '就医时带什么', exact: true })).toBeVisible()
  await expect(result).toContainText('医保电子凭证或社会保障卡')
  await expect(
    result.getByRole('heading', { name: '结算不成功怎么办：手工报销与要保留的单据' }),
  ).toBeVisible()
  await expect(result).toContainText('一网通办')
  // Where the sources are silent or old, the answer says so: the 2017 plan and the delta pilot.
  const notes = result.getByRole('region', { name: '来源没有说明或已过时的地方' })
  await expect(notes.locator('[data-note="plan"]')).toContainText('2017年计划')
  await expect(notes.locator('[data-note="historical"]')).toContainText(
    '长三角门诊费用跨省直接结算',
  )
  // Every section lists its sources once; the answer ends with the official channel.
  expect(await result.getByTestId('section-sources').count()).toBeGreaterThanOrEqual(5)
  await expect(result.getByTestId('official-channel')).toContainText('请务必通过官方渠道')
  await expect(
    result.getByRole('link', { name: '在医院目录中查看嘉兴的医院与合作关系' }),
  ).toHaveAttribute('href', /#\/hospitals\?.*city=jiaxing/)

  await result.getByRole('button', { name: '保存为清单' }).click()
  const checklist = page.getByTestId('saved-checklist')
  await expect(checklist).toContainText('上海参保（职工医保），在嘉兴就医：门诊；还没备案')
  const firstItem = checklist.getByRole('checkbox').first()
  await firstItem.click()
  await expect(firstItem).toBeChecked()
  await page.reload()
  await expect(page.getByTestId('saved-checklist').getByRole('checkbox').first()).toBeChecked()

  await page.getByTestId('medical-result').getByRole('button', { name: '打印' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-printed', '1')
})

test('the same case leads with the verdict, lists sources once per section, marks weak facts and fits about two screens', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await app.open(
    'medical?insuredIn=shanghai&scheme=employee&careIn=jiaxing&careType=outpatient&filed=none',
  )
  const result = page.getByTestId('medical-result')
  await expect(result.getByTestId('verdict')).toContainText('备案后可直接结算')
  // The verdict comes before every section and every list of sources.
  const order = await result.evaluate((el) =>
    [...el.querySelectorAll('[data-testid="verdict"], .medical-section')].map((e) =>
      e.matches('[data-testid="verdict"]') ? 'verdict' : 'section',
    ),
  )
  expect(order[0]).toBe('verdict')
  expect(order.length).toBeGreaterThan(4)
  // No badge per line; one closed source line per section.
  await expect(result.locator('.source-badge')).toHaveCount(0)
  for (const section of await result.locator('section.medical-section').all()) {
    if ((await section.locator('.medical-rule').count()) === 0) continue
    await expect(section.getByTestId('section-sources')).toHaveCount(1)
  }
  const basis = result.getByTestId('verdict').getByTestId('section-sources')
  await expect(basis.locator('summary')).toHaveText('来源 2 个 · 2022全部超过两年')
  const title = basis.getByText('医保发〔2022〕22号异地就医通知（转载）')
  await expect(title).toBeHidden()
  await basis.locator('summary').click()
  await expect(title).toBeVisible()
  await expect(basis).toContainText('xyqlz2009.cn')
  await expect(basis).toContainText('可信度')
  await expect(basis).toContainText('来源已超过两年，可能已过时')
  await expect(basis).toContainText('请向参保地医保部门')
  await basis.locator('summary').click()
  await expect(title).toBeHidden()
  // A fact only a low-confidence, undated page gives is marked so, once for its section.
  const notDirect = result.getByRole('region', { name: '哪些不能直接结算' })
  await expect(notDirect.getByTestId('section-sources').locator('summary')).toContainText(
    '全部可信度低',
  )
  // Within a section, a fact weaker than the rest carries its own mark.
  const bring = result.getByRole('region', { name: '就医时带什么', exact: true })
  await expect(
    bring.locator('li', { hasText: '医保电子凭证可用于' }).locator('.fact-mark'),
  ).toHaveText(['可信度低', '未注日期'])
  // An inference reads as unconfirmed.
  await expect(
    result.getByRole('region', { name: '结算不成功怎么办：手工报销与要保留的单据' }),
  ).toContainText('推断·未经证实')
  // Background is folded away until asked for.
  const also = result.locator('details.medical-also')
  await expect(also).not.toHaveAttribute('open')
  const fold = also.locator(':scope > summary')
  const background = also.getByRole('heading', { name: '长三角门诊费用跨省直接结算' })
  await expect(background).toBeHidden()
  await fold.click()
  await expect(background).toBeVisible()
  await fold.click()
  // About two screen heights at 1280×800 (folded background, sources closed).
  const box = await result.boundingBox()
  expect(box!.height).toBeLessThan(2 * 800 * 1.1)
  // On paper there is nothing to open: the sources print with the answer.
  await page.emulateMedia({ media: 'print' })
  await expect(title).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await expect(title).toBeHidden()
})

test('insured in Jiaxing, inpatient in Shanghai: file first, then direct; partner hospitals linked', async ({
  app,
}) => {
  const { page } = app
  await app.open(
    'medical?insuredIn=jiaxing&scheme=employee&careIn=shanghai&careType=inpatient&filed=none',
  )
  const result = page.getByTestId('medical-result')
  await expect(result.getByTestId('verdict')).toContainText('备案后可直接结算')
  await expect(result).toContainText('长期在外省居住的参保人')
  const hospitals = result.getByRole('region', { name: '相关医院' })
  await expect(hospitals.getByRole('link', { name: '上海长海医院' })).toHaveAttribute(
    'href',
    /#\/hospitals\?.*sh-changhai/,
  )
  await expect(
    hospitals.getByRole('link', { name: '上海有报道可直接结算嘉兴医保的医院' }),
  ).toHaveAttribute('href', '#/hospitals?city=shanghai&settle=jiaxing')
  await expect(result.locator('[data-note="historical"]')).toContainText('2017年报道')

  await page.getByRole('button', { name: '修改回答' }).click()
  await answer(page, '你办过异地就医备案吗？', '临时外出就医备案')
  await expect(result.getByTestId('verdict')).toContainText('可以直接结算')
  await answer(page, '看什么？', '药店买药')
  await expect(result.getByTestId('verdict')).toContainText('来源无法确认')
  await expect(result.locator('[data-note="openInSources"]')).toContainText('跨城到药店买药')
})

test('my filing pre-fills the wizard and shows in Settings', async ({ app }) => {
  const { page } = app
  await app.open('medical?tab=filing')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#filing-type-error')).toHaveText('请选择备案类型')
  await expect(page.locator('#filing-date-error')).toHaveText('请输入有效日期（yyyy-MM-dd）')

  await page.getByLabel('备案类型').selectOption('longTerm')
  await page.getByLabel('参保地').selectOption('jiaxing')
  await page.getByLabel('医保类型').selectOption('employee')
  await page.getByLabel('备案地（就医地）').selectOption('shanghai')
  await page.getByLabel('备案日期').fill('2026-01-10')
  await page.getByLabel('有效期至').fill('2025-12-31')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#filing-validUntil-error')).toHaveText('有效期不能早于备案日期')
  await page.getByLabel('有效期至').fill('')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('filing-summary')).toContainText('异地长期居住备案')

  await page.getByRole('link', { name: '结算向导' }).click()
  await expect(page.getByText('已按你记录的备案预先填好')).toBeVisible()
  await expect(
    page.getByRole('group', { name: '你在哪里参加医保？' }).getByRole('radio', { name: '嘉兴' }),
  ).toBeChecked()
  await expect(
    page
      .getByRole('group', { name: '你办过异地就医备案吗？' })
      .getByRole('radio', { name: '异地长期居住备案' }),
  ).toBeChecked()
  await answer(page, '看什么？', '住院')
  await expect(page.getByTestId('verdict')).toContainText('可以直接结算')

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click()
  const section = page.getByRole('region', { name: '医保备案' })
  await expect(section.getByTestId('filing-summary')).toContainText(
    '嘉兴参保（职工医保），备案地 上海，2026-01-10 办理',
  )
  await expect(section.getByTestId('filing-summary')).toContainText('有效期未知')
})

test('a visit and its claim: bad amounts refused, then recorded, tracked and reimbursed', async ({
  app,
}) => {
  const { page } = app
  await app.open('medical?tab=visits')
  const form = page.getByRole('region', { name: '记录一次就诊' })
  await form.getByLabel('就诊日期').fill('2026-03-02')
  await form.getByLabel('医院', { exact: true }).selectOption({ label: '上海长海医院' })
  await form.getByLabel('科室').fill('肾内科')
  await form.getByLabel('总费用（元）').fill('500')
  await form.getByLabel('医保直接结算（元）').fill('300')
  await form.getByLabel('个人自付（元）').fill('250.5')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#visit-outOfPocket-error')).toHaveText(
    '医保直接结算与个人自付之和超过了总费用',
  )
  await expect(page.getByRole('region', { name: '全部就诊' })).toContainText('还没有就诊记录')
  await expect(form.getByLabel('个人自付（元）')).toBeFocused()

  await form.getByLabel('个人自付（元）').fill('12.345')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#visit-outOfPocket-error')).toHaveText(
    '金额最多两位小数（角、分）；如果点是千位分隔，请去掉它',
  )
  // "356,4" was saved as ¥3,564.00 (issue 14, item 2).
  await form.getByLabel('个人自付（元）').fill('356,4')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#visit-outOfPocket-error')).toContainText('金额中的逗号含义不明')

  await form.getByLabel('个人自付（元）').fill('200')
  await form.getByLabel('报销状态').selectOption('toClaim')
  // A new claim starts with the documents the sources name.
  await expect(form.getByRole('checkbox').first()).toBeVisible()
  await form.getByLabel('添加一项单据').fill('门诊病历')
  await form.getByRole('button', { name: '添加', exact: true }).click()
  await expect(form).toContainText('门诊病历')
  await form.getByRole('button', { name: '保存' }).click()

  const list = page.getByTestId('visit-list')
  await expect(list.getByRole('row', { name: /2026-03-02/ })).toContainText('上海长海医院')
  await expect(list.getByRole('row', { name: /2026-03-02/ })).toContainText('¥500.00')
  const open = page.getByTestId('open-claims')
  await expect(open).toContainText('待报销')
  await expect(open).toContainText('自付 ¥200.00')
  const docs = open.getByRole('checkbox')
  const total = await docs.count()
  await expect(open).toContainText(`单据 0/${total}`)
  // The tick is written to the database, and the list re-reads it.
  await open.getByRole('checkbox', { name: '门诊病历' }).click()
  await expect(open.getByRole('checkbox', { name: '门诊病历' })).toBeChecked()
  await expect(open).toContainText(`单据 1/${total}`)
  await open.getByRole('button', { name: '标记为已提交' }).click()
  await expect(open).toContainText('已提交')

  const totals = page.getByTestId('year-totals')
  await expect(totals.getByRole('row', { name: /2026/ })).toContainText('¥200.00')

  await open.getByRole('button', { name: '修改 / 记录报销金额' }).click()
  const edit = page.getByRole('region', { name: '修改就诊记录' })
  await edit.getByLabel('报销状态').selectOption('reimbursed')
  await edit.getByLabel('已报销金额（元）').fill('300')
  await edit.getByRole('button', { name: '保存' }).click()
  await expect(page.locator('#visit-reimbursed-error')).toHaveText('报销金额不能超过个人自付金额')
  await edit.getByLabel('已报销金额（元）').fill('150')
  await edit.getByRole('button', { name: '保存' }).click()

  await expect(page.getByRole('region', { name: '未完成的报销（0）' })).toContainText(
    '没有待报销或已提交的报销',
  )
  // 2026: total ¥500, settled ¥300, paid ¥200, reimbursed ¥150, nothing pending, net ¥50.
  await expect(totals.getByRole('row', { name: /2026/ })).toHaveText(
    ['2026', '1', '¥500.00', '¥300.00', '¥200.00', '¥150.00', '¥0.00', '¥50.00'].join(''),
  )
  await expect(list.getByRole('row', { name: /2026-03-02/ })).toContainText('已报销')
})

test('a link with all five answers folds the questions, so the verdict is on the first screen', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await app.open(
    'medical?insuredIn=shanghai&scheme=employee&careIn=jiaxing&careType=outpatient&filed=none',
  )
  const verdict = page.getByTestId('verdict')
  await expect(verdict).toContainText('备案后可直接结算')
  await expect(page.getByRole('radio')).toHaveCount(0)
  await expect(page.getByTestId('wizard-answers')).toHaveText(
    '上海参保（职工医保），在嘉兴就医：门诊；还没备案',
  )
  const box = await verdict.boundingBox()
  expect(box!.y + box!.height).toBeLessThan(800)

  // "Change the answers" opens the questions, answered, with focus on the first one.
  await page.getByRole('button', { name: '修改回答' }).click()
  const first = page
    .getByRole('group', { name: '你在哪里参加医保？' })
    .getByRole('radio', { name: '上海', exact: true })
  await expect(first).toBeFocused()
  await expect(first).toBeChecked()
  await answer(page, '你办过异地就医备案吗？', '异地长期居住备案')
  await expect(verdict).toContainText('可以直接结算')
  // The questions stay open while the user is answering them.
  await expect(page.getByRole('group', { name: '看什么？' })).toBeVisible()
})

for (const theme of ['light', 'dark'] as const) {
  test(`a full result and a claim with a message pass axe in the ${theme} theme`, async ({
    app,
  }) => {
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await app.open(
      'medical?insuredIn=jiaxing&scheme=employee&careIn=shanghai&careType=pharmacy&filed=none',
    )
    await expect(page.getByTestId('verdict')).toContainText('来源无法确认')
    expect(await violations(page)).toEqual([])

    await app.open('medical?tab=visits')
    const form = page.getByRole('region', { name: '记录一次就诊' })
    await form.getByLabel('医院', { exact: true }).selectOption({ label: '上海长海医院' })
    await form.getByLabel('总费用（元）').fill('100')
    await form.getByLabel('个人自付（元）').fill('100')
    await form.getByLabel('报销状态').selectOption('toClaim')
    await form.getByRole('button', { name: '保存' }).click()
    await expect(page.getByTestId('open-claims')).toContainText('待报销')
    await form.getByLabel('总费用（元）').fill('x')
    await form.getByRole('button', { name: '保存' }).click()
    await expect(page.locator('#visit-total-error')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
}
