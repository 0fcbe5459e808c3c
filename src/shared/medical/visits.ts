// Visit and claim arithmetic: totals per year and the claims still open. All money in fen.
import { OPEN_CLAIM_STATUSES, type Claim, type Visit } from './schema'

export interface YearTotals {
  year: string
  visits: number
  totalFen: number
  directFen: number
  outOfPocketFen: number
  /** Paid back by claims marked reimbursed. */
  reimbursedFen: number
  /** Out of pocket on claims still open (to claim or submitted). */
  pendingFen: number
  /** What the year really cost the user: out of pocket minus what came back. */
  netFen: number
  openClaims: number
}

function emptyYear(year: string): YearTotals {
  return {
    year,
    visits: 0,
    totalFen: 0,
    directFen: 0,
    outOfPocketFen: 0,
    reimbursedFen: 0,
    pendingFen: 0,
    netFen: 0,
    openClaims: 0,
  }
}

export function isOpenClaim(claim: Pick<Claim, 'status'>): boolean {
  return OPEN_CLAIM_STATUSES.includes(claim.status)
}

/** Totals per calendar year of the visit date, newest year first. */
export function totalsByYear(visits: readonly Visit[]): YearTotals[] {
  const years = new Map<string, YearTotals>()
  for (const v of visits) {
    const year = v.date.slice(0, 4)
    const t = years.get(year) ?? emptyYear(year)
    t.visits += 1
    t.totalFen += v.totalFen
    t.directFen += v.directFen
    t.outOfPocketFen += v.outOfPocketFen
    t.reimbursedFen += v.claim.reimbursedFen ?? 0
    if (isOpenClaim(v.claim)) {
      t.openClaims += 1
      t.pendingFen += v.outOfPocketFen
    }
    t.netFen = t.outOfPocketFen - t.reimbursedFen
    years.set(year, t)
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year))
}

export interface OpenClaim {
  visit: Visit
  documentsDone: number
  documentsTotal: number
}

/** Claims to claim or already submitted, oldest visit first (the oldest is most at risk). */
export function openClaims(visits: readonly Visit[]): OpenClaim[] {
  return visits
    .filter((v) => isOpenClaim(v.claim))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .map((visit) => ({
      visit,
      documentsDone: visit.claim.documents.filter((d) => d.done).length,
      documentsTotal: visit.claim.documents.length,
    }))
}
