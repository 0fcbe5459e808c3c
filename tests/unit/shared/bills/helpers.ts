import { readFileSync } from 'node:fs'
import { readBill, type BillReadResult } from '@shared/bills/read'
import { sortRows, type BillLeg } from '@shared/bills/legs'
import { NameMatcher } from '@shared/bills/names'
import type { BillFile } from '@shared/bills/types'
import { leg, trip, uuid } from '../../../fixtures/builders'

export const TOMORROW = '2026-12-31'
export const PASSWORD = '384916'

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`tests/fixtures/bills/${name}`))
}

export async function read(name: string, password?: string): Promise<BillReadResult> {
  return readBill(name, fixture(name), { tomorrow: TOMORROW, password })
}

export async function readFile(name: string, password?: string): Promise<BillFile> {
  const r = await read(name, password)
  if (r.kind !== 'file') throw new Error(`${name}: ${JSON.stringify(r)}`)
  return r.file
}

/** The pack's names the fixtures use (as the shipped pack writes them). */
export const names = new NameMatcher({
  stops: [
    { name: '上海虹桥', aliases: ['Shanghai Hongqiao', '上海虹桥站'] },
    { name: '嘉兴南', aliases: ['Jiaxing South'] },
  ],
  busLines: [
    { name: '嘉善328路', cross: true },
    { name: '示范区3路', cross: true },
    { name: '嘉兴260路', cross: false },
  ],
})

/** Logged by hand on 2026-11-03: the rail fare typed wrong, the metro fare not typed (0). */
export const loggedTrip = trip({
  id: uuid(1),
  date: '2026-11-03',
  departTime: '07:00',
  arriveTime: '08:30',
  legs: [
    leg({ mode: 'hsr', from: '上海虹桥', to: '嘉兴南', line: 'G7501', fareFen: 2950 }),
    leg({ mode: 'metro', from: '', to: '', line: '', fareFen: 0, payment: { kind: 'cash' } }),
  ],
})

/** The rides of fixture files read together, with `passenger` as the user. */
export async function legsOf(
  files: string[],
  passenger: string | null = '张三',
): Promise<BillLeg[]> {
  const rows = (await Promise.all(files.map((f) => readFile(f)))).flatMap((f) => f.rows)
  return sortRows(rows, names, passenger).legs
}
