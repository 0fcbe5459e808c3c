import { expect, test } from 'vitest'
import { recordLabel, sourceUses } from '@shared/pack'
import { shippedPack } from './helpers'

const pack = shippedPack()

test('finds uses in nested facts as well as on records', () => {
  const uses = sourceUses(pack)
  // xpaper is cited only inside nested facts: 7619's hours and discount notes, and acceptance conditions.
  const xpaper = uses.get('xpaper-2019-7619') ?? []
  expect(xpaper).toContainEqual({ section: 'busLines', recordId: 'bus-7619' })
  expect(xpaper.some((u) => u.section === 'acceptance')).toBe(true)
  // a record is listed once per source, however many of its facts cite it
  expect(xpaper.filter((u) => u.recordId === 'bus-7619')).toHaveLength(1)
  // statusSourceIds count too
  expect(uses.get('163-2025-border-a')).toContainEqual({
    section: 'plannedLines',
    recordId: 'plan-husujia',
  })
})

test('every source is used by something', () => {
  const uses = sourceUses(pack)
  expect(pack.sources.filter((s) => !uses.has(s.id)).map((s) => s.id)).toEqual([])
})

test('labels records in both languages', () => {
  expect(recordLabel(pack, { section: 'busLines', recordId: 'bus-328' })).toEqual({
    zh: '嘉善328路',
    en: 'Jiashan route 328',
  })
  expect(
    recordLabel(pack, { section: 'railLinks', recordId: 'rail-hongqiao-jiaxing-south' }),
  ).toEqual({
    zh: '上海虹桥 → 嘉兴南',
    en: 'Shanghai Hongqiao → Jiaxing South',
  })
  const use = { section: 'acceptance', recordId: 'acc-sh-card-red-jx-bus' } as const
  expect(recordLabel(pack, use).en).toBe('Shanghai public transport card (red, T-Union) · jxBus')
  expect(recordLabel(pack, use, () => ({ zh: '嘉兴公交', en: 'Jiaxing buses' })).zh).toBe(
    '上海公共交通卡（红卡，交通联合） · 嘉兴公交',
  )
})
