import { bench, describe } from 'vitest'
import { periodContaining, periodDates } from '../../../../src/shared/stats/period'
import { tripTime } from '../../../../src/shared/stats/trip-time'
import { durationMinutes } from '../../../../src/shared/calendar/dates'
import { generateTrips } from '../../../fixtures/stats/generate'
const year = periodContaining('year', '2024-06-01')
const trips = generateTrips(100_000, periodDates(year))
const tm = (s: string) => (s.charCodeAt(0) - 48) * 600 + (s.charCodeAt(1) - 48) * 60 + (s.charCodeAt(3) - 48) * 10 + (s.charCodeAt(4) - 48)
describe('x', () => {
  bench('tripTime', () => { let s = 0; for (const t of trips) s += tripTime(t).minutes })
  bench('durationMinutes', () => { let s = 0; for (const t of trips) if (t.departTime && t.arriveTime) s += durationMinutes(t.departTime, t.arriveTime) })
  bench('charcode', () => { let s = 0; for (const t of trips) if (t.departTime && t.arriveTime) { const d = tm(t.arriveTime) - tm(t.departTime); s += d < 0 ? d + 1440 : d } })
  bench('legs', () => { let s = 0; for (const t of trips) for (const l of t.legs) s += l.fareFen })
  bench('map get date', () => { const m = new Map<string, number>(); for (const d of periodDates(year)) m.set(d, 0); let s = 0; for (const t of trips) s += m.get(t.date) ?? 0 })
})
