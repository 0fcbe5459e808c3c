// Backup files and which to keep. Names carry the kind and the local date, so sorting names sorts
// by age and the folder reads well in a file manager:
//   hujia-daily-2025-10-09.json      one a day, the newest 14 kept
//   hujia-monthly-2025-10.json       the first daily of each month, copied; the newest 12 kept
//   hujia-manual-2025-10-09-083015.json   "back up now"; the newest 20 kept
import { format } from 'date-fns'

export type BackupFileKind = 'daily' | 'monthly' | 'manual'

export const KEEP: Record<BackupFileKind, number> = { daily: 14, monthly: 12, manual: 20 }

const NAME_RE =
  /^hujia-(?:(daily)-(\d{4}-\d{2}-\d{2})|(monthly)-(\d{4}-\d{2})|(manual)-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2}))\.json$/

export function backupFileName(kind: BackupFileKind, now: Date): string {
  if (kind === 'daily') return `hujia-daily-${format(now, 'yyyy-MM-dd')}.json`
  if (kind === 'monthly') return `hujia-monthly-${format(now, 'yyyy-MM')}.json`
  return `hujia-manual-${format(now, 'yyyy-MM-dd-HHmmss')}.json`
}

export interface BackupFileInfo {
  kind: BackupFileKind
  /** daily: yyyy-MM-dd; monthly: yyyy-MM; manual: yyyy-MM-dd HH:mm:ss (local time). */
  date: string
}

/** What a file name says, or null for anything that is not one of our backups (temp files too). */
export function parseBackupFileName(name: string): BackupFileInfo | null {
  const m = NAME_RE.exec(name)
  if (!m) return null
  if (m[1]) return { kind: 'daily', date: m[2]! }
  if (m[3]) return { kind: 'monthly', date: m[4]! }
  return { kind: 'manual', date: `${m[6]} ${m[7]}:${m[8]}:${m[9]}` }
}

/** Temp files a crashed write may have left: `.hujia-…json.<random>.tmp`. */
export const TEMP_RE = /^\.hujia-.*\.tmp$/

/** The files to delete so each kind keeps its newest KEEP[kind]. Unknown files are never touched. */
export function planRotation(names: readonly string[]): string[] {
  const byKind: Record<BackupFileKind, string[]> = { daily: [], monthly: [], manual: [] }
  for (const name of names) {
    const info = parseBackupFileName(name)
    if (info) byKind[info.kind].push(name)
  }
  const remove: string[] = []
  for (const kind of Object.keys(byKind) as BackupFileKind[]) {
    const newestFirst = byKind[kind].sort().reverse()
    remove.push(...newestFirst.slice(KEEP[kind]))
  }
  return remove.sort()
}
