// The fields of the benchmark results (out-bench/results.json), in table order, with their
// targets (reported, never asserted: speed is measured, not tested). A time target is a ratio to
// a floor measured in the same run, or a physical limit (a 60 Hz frame): never a fixed number of
// milliseconds, which would mean something else on a busy or a faster machine.
export const FIELDS = [
  { key: 'startupMs', unit: 'ms', what: 'start → interactive, 10k trips stored' },
  { key: 'startupBaselineMs', unit: 'ms', what: 'same, baseline React + Dexie page' },
  { key: 'startup100kMs', unit: 'ms', what: 'start → interactive, 100k trips stored' },
  { key: 'import100kMs', unit: 'ms', what: 'import a 100k-trip CSV end to end' },
  { key: 'rawBulkAdd100kMs', unit: 'ms', what: 'Dexie bulkAdd of the same records (floor)' },
  { key: 'billImport10kMs', unit: 'ms', what: 'preview + commit of a 10k-row Alipay bill' },
  {
    key: 'yearStats100kMs',
    unit: 'ms',
    what: 'dashboard update for a year: read + compute, 100k trips',
  },
  { key: 'yearStatsFloorMs', unit: 'ms', what: 'the same indexed reads alone (floor)' },
  {
    key: 'personalStats100kMs',
    unit: 'ms',
    what: 'route screen: your own figures (indexed read + computation), 100k trips',
  },
  { key: 'personalStatsFloorMs', unit: 'ms', what: 'the same indexed read alone (floor)' },
  { key: 'listDomRows', unit: 'rows', what: 'trip rows in the DOM, 100k trips listed' },
  { key: 'scrollFrameP95Ms', unit: 'ms', what: 'p95 frame time scrolling that list' },
  { key: 'searchP95Ms', unit: 'ms', what: 'p95 per keystroke, 5,000 hospitals' },
  { key: 'initialJsGzKB', unit: 'KB', what: 'gzipped JS loaded before the first screen' },
  { key: 'heapMB', unit: 'MB', what: 'JS heap with the 100k-trip list loaded' },
  {
    key: 'syncFirst100kRequests',
    unit: 'req',
    what: "second device's first sync of a 100k-trip log",
  },
  { key: 'syncFirst100kMs', unit: 'ms', what: 'same, time (local Apache WebDAV)' },
  {
    key: 'syncIncrementalRequests',
    unit: 'req',
    what: 'one new trip: requests of each side’s sync',
  },
  { key: 'syncIncrementalMs', unit: 'ms', what: 'one new trip: sender’s + receiver’s sync' },
]

/** [target text, met?] for a field, given all results. */
export function target(key, r) {
  if (r[key] === null) return ['(not measured)', null]
  switch (key) {
    case 'startupMs':
      return [
        `≤ 1.5 × baseline = ${(1.5 * r.startupBaselineMs).toFixed(0)}`,
        r.startupMs <= 1.5 * r.startupBaselineMs,
      ]
    case 'startup100kMs':
      return [
        `≤ 1.2 × startupMs = ${(1.2 * r.startupMs).toFixed(0)}`,
        r.startup100kMs <= 1.2 * r.startupMs,
      ]
    case 'import100kMs':
      return [
        `≤ 2 × floor = ${(2 * r.rawBulkAdd100kMs).toFixed(0)}`,
        r.import100kMs <= 2 * r.rawBulkAdd100kMs,
      ]
    case 'billImport10kMs':
      return [
        `≤ 2 × import100kMs/10 = ${((2 * r.import100kMs) / 10).toFixed(0)}`,
        r.import100kMs !== null && r.billImport10kMs <= (2 * r.import100kMs) / 10,
      ]
    case 'yearStats100kMs':
      return [
        `≤ 1.3 × floor = ${(1.3 * r.yearStatsFloorMs).toFixed(0)}`,
        r.yearStats100kMs <= 1.3 * r.yearStatsFloorMs,
      ]
    case 'personalStats100kMs':
      return [
        `≤ 1.5 × floor = ${(1.5 * r.personalStatsFloorMs).toFixed(0)}`,
        r.personalStats100kMs <= 1.5 * r.personalStatsFloorMs,
      ]
    case 'listDomRows':
      return ['≤ 100', r.listDomRows <= 100]
    case 'scrollFrameP95Ms':
      return ['≤ 16.7', r.scrollFrameP95Ms <= 16.7]
    case 'searchP95Ms':
      // A keystroke's update fits in one 60 Hz frame.
      return ['≤ 16.7', r.searchP95Ms <= 16.7]
    case 'initialJsGzKB':
      return ['≤ 250', r.initialJsGzKB <= 250]
    case 'heapMB':
      return ['≤ 150', r.heapMB <= 150]
    case 'syncIncrementalRequests':
      return ['≤ 6', r.syncIncrementalRequests <= 6]
    default:
      return ['(reference)', null]
  }
}

export function formatTable(r) {
  const rows = FIELDS.map(({ key, unit, what }) => {
    const [goal, met] = target(key, r)
    const mark = met === null ? '' : met ? 'met' : 'MISSED'
    return [key, r[key] === null ? '—' : `${r[key]} ${unit}`, goal, mark, what]
  })
  const head = ['field', 'median', 'target', '', 'what']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** The same table in Markdown, for the README. */
export function markdownTable(r) {
  const rows = FIELDS.map(({ key, unit, what }) => {
    const [goal, met] = target(key, r)
    return `| \`${key}\` | ${what} | ${r[key] === null ? '—' : `${r[key]} ${unit}`} | ${goal} | ${met === null ? '' : met ? 'met' : '**missed**'} |`
  })
  return ['| field | what | median | target | |', '|---|---|---:|---|---|', ...rows].join('\n')
}
