// The one seeded generator of large data: valid trips (src/shared/trips/schema.ts) and
// service-pack hospitals (src/shared/pack/schema.ts) for the benchmark and the micro-benchmarks
// (tests/unit/shared/*/*.bench.ts). Generated, never shown as facts: the benchmark's browser
// profile is thrown away after each run. tests/unit/bench-generate.test.ts checks every record
// against the real schemas.
import { addDays } from 'date-fns'
import { parseDate, toDateString } from '@shared/calendar/dates'
import type { Hospital, Source } from '@shared/pack'
import type { Leg, Mode, Payment, Trip } from '@shared/trips/schema'

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HEX = '0123456789abcdef'

/** A version-4 UUID from the seeded generator (crypto.randomUUID cannot be seeded). */
export function seededUuid(next: () => number): string {
  let s = ''
  for (let i = 0; i < 32; i++) {
    const n = i === 12 ? 4 : i === 16 ? 8 + Math.floor(next() * 4) : Math.floor(next() * 16)
    s += HEX[n]
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-'
  }
  return s
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

/** The card the generated trips pay with; seeded into the cards table before an import. */
export const BENCH_CARD = {
  id: '0b9e6f52-5a8c-4c1e-9d3a-6f1e2b7c4d10',
  typeId: 'bench-card',
  nickname: '交通卡',
  note: '',
  createdAt: '2024-01-01T00:00:00.000Z',
}

const PLACES = [
  '松江',
  '金山',
  '嘉善',
  '嘉兴南',
  '枫泾',
  '莘庄',
  '徐家汇',
  '人民广场',
  '南湖',
  '平湖',
]
const LINES = ['1号线', '9号线', '金山铁路', 'G7501', 'K319', '嘉兴1路', '']
const TAGS = ['加班', '出差', '雨天', '早班']

function leg(next: () => number, mode: Mode): Leg {
  const onFoot = mode === 'walk' || mode === 'bike'
  const payment: Payment =
    mode === 'hsr' || mode === 'train'
      ? { kind: 'ticket' }
      : !onFoot && mode !== 'car' && next() < 0.8
        ? { kind: 'card', cardId: BENCH_CARD.id }
        : { kind: 'cash' }
  return {
    mode,
    from: pick(next, PLACES),
    to: pick(next, PLACES),
    line: pick(next, LINES),
    payment,
    fareFen: onFoot ? 0 : 200 + Math.floor(next() * 3000),
    minutes: next() < 0.2 ? null : 5 + Math.floor(next() * 70),
  }
}

const ROUTES: readonly (readonly Mode[])[] = [
  ['metro', 'hsr', 'cityBus'],
  ['metro', 'crossBus'],
  ['crossBus', 'cityBus'],
  ['train', 'walk'],
  ['car'],
  ['metro', 'hsr'],
]

function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** `count` trips spread evenly over `from`..`to` (inclusive), oldest first. */
export function generateTrips(count: number, from: string, to: string, seed = 1): Trip[] {
  const next = rng(seed)
  const start = parseDate(from)
  const days = Math.round((parseDate(to).getTime() - start.getTime()) / 86_400_000) + 1
  const trips: Trip[] = []
  for (let i = 0; i < count; i++) {
    const date = toDateString(addDays(start, Math.floor((i * days) / count)))
    const direction = next() < 0.45 ? 'toWork' : next() < 0.9 ? 'toHome' : 'other'
    const legs = pick(next, ROUTES).map((mode) => leg(next, mode))
    const depart =
      direction === 'toWork' ? 390 + Math.floor(next() * 120) : 1020 + Math.floor(next() * 180)
    const timed = next() < 0.85
    const stamp = `${date}T12:00:00.000Z`
    trips.push({
      id: seededUuid(next),
      date,
      direction,
      legs,
      departTime: timed ? hhmm(depart) : null,
      arriveTime: timed ? hhmm(depart + 60 + Math.floor(next() * 60)) : null,
      note: next() < 0.05 ? '路上堵车' : '',
      tags: next() < 0.1 ? [pick(next, TAGS)] : [],
      createdAt: stamp,
      updatedAt: stamp,
    })
  }
  return trips
}

const HOSPITAL_KINDS = [
  ['人民医院', 'People’s Hospital', 'renminyiyuan'],
  ['中医医院', 'TCM Hospital', 'zhongyiyiyuan'],
  ['妇幼保健院', 'Maternal and Child Health Hospital', 'fuyoubaojianyuan'],
  ['第一医院', 'First Hospital', 'diyiyiyuan'],
  ['口腔医院', 'Stomatological Hospital', 'kouqiangyiyuan'],
  ['社区卫生服务中心', 'Community Health Centre', 'shequweishengfuwuzhongxin'],
] as const
const HOSPITAL_AREAS = [
  ['徐汇', 'Xuhui', 'shanghai'],
  ['松江', 'Songjiang', 'shanghai'],
  ['金山', 'Jinshan', 'shanghai'],
  ['闵行', 'Minhang', 'shanghai'],
  ['青浦', 'Qingpu', 'shanghai'],
  ['南湖', 'Nanhu', 'jiaxing'],
  ['秀洲', 'Xiuzhou', 'jiaxing'],
  ['嘉善', 'Jiashan', 'jiaxing'],
  ['平湖', 'Pinghu', 'jiaxing'],
  ['海宁', 'Haining', 'jiaxing'],
] as const

/** The source every generated hospital cites, added to the bench-only pack. */
export const BENCH_SOURCE_ID = 'bench-generated'
export const BENCH_SOURCE: Source = {
  id: BENCH_SOURCE_ID,
  title: {
    zh: '基准测试生成的数据（非真实医院）',
    en: 'Generated by the benchmark (not real hospitals)',
  },
  publisher: 'scripts/bench',
  url: null,
  date: '2024',
  dateKind: 'approximate',
  confidence: 'low',
  note: null,
}

/** `count` hospitals with distinct names: area × kind × a number, in both languages. */
export function generateHospitals(count: number, seed = 2): Hospital[] {
  const next = rng(seed)
  const hospitals: Hospital[] = []
  for (let i = 0; i < count; i++) {
    const [areaZh, areaEn, city] = HOSPITAL_AREAS[i % HOSPITAL_AREAS.length]!
    const [kindZh, kindEn, kindPinyin] = pick(next, HOSPITAL_KINDS)
    const n = Math.floor(i / HOSPITAL_AREAS.length) + 1
    const zh = `${areaZh}第${n}${kindZh}`
    hospitals.push({
      id: `bench-hospital-${i + 1}`,
      name: { zh, en: `${areaEn} No. ${n} ${kindEn}` },
      aliases: [`${areaZh}${n}${kindZh.slice(0, 2)}`, `${kindPinyin}${n}`],
      city,
      district: { zh: areaZh, en: areaEn },
      level: next() < 0.3 ? [{ value: '三级甲等', note: null, sourceIds: [BENCH_SOURCE_ID] }] : [],
      campuses: [
        {
          name: { zh: `${zh}本部`, en: 'Main campus' },
          address: `${areaZh}${pick(next, PLACES)}路${1 + Math.floor(next() * 999)}号`,
          district: { zh: areaZh, en: areaEn },
          sourceIds: [BENCH_SOURCE_ID],
        },
      ],
      settlement: [],
      facts: [],
      sourceIds: [BENCH_SOURCE_ID],
    })
  }
  return hospitals
}
