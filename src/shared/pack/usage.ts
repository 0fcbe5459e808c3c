// Which records cite which source, and a human label for any record: the Data sources page lists
// every source with what uses it.
import type { Pack, PackSection, Text } from './schema'
import { PACK_SECTIONS, type TransitSystem } from './vocabulary'

export interface SourceUse {
  section: Exclude<PackSection, 'sources'>
  recordId: string
}

export type PackTables = Omit<Pack, 'format' | 'version' | 'asOf' | 'sha256'>

const SOURCE_LIST_KEYS = new Set(['sourceIds', 'statusSourceIds'])

function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, into))
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (SOURCE_LIST_KEYS.has(key) && Array.isArray(v)) v.forEach((id) => into.add(String(id)))
      else collect(v, into)
    }
  }
}

/** Source id → the records (anywhere in them, nested facts included) that cite it. */
export function sourceUses(tables: PackTables): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>()
  for (const section of PACK_SECTIONS) {
    if (section === 'sources') continue
    for (const record of tables[section]) {
      const ids = new Set<string>()
      collect(record, ids)
      for (const id of ids) {
        const list = uses.get(id) ?? []
        list.push({ section, recordId: record.id })
        uses.set(id, list)
      }
    }
  }
  return uses
}

const join = (parts: Text[], sep: string): Text => ({
  zh: parts.map((p) => p.zh).join(sep),
  en: parts.map((p) => p.en).join(sep),
})
const plain = (s: string): Text => ({ zh: s, en: s })

/**
 * A short bilingual name for a record, e.g. "嘉善328路" or "上海虹桥 → 嘉兴南". `systemName`
 * names a transit system (the UI passes its translations).
 */
export function recordLabel(
  tables: PackTables,
  use: SourceUse,
  systemName: (s: TransitSystem) => Text = plain,
): Text {
  const id = use.recordId
  const name = <T extends { id: string }>(rows: T[], pick: (r: T) => Text) => {
    const row = rows.find((r) => r.id === id)
    return row ? pick(row) : plain(id)
  }
  const station = (sid: string) => tables.stations.find((s) => s.id === sid)?.name ?? plain(sid)
  switch (use.section) {
    case 'cardTypes':
      return name(tables.cardTypes, (r) => r.name)
    case 'acceptance':
      return name(tables.acceptance, (r) => {
        const card =
          tables.cardTypes.find((c) => c.id === r.cardTypeId)?.name ?? plain(r.cardTypeId)
        return join([card, systemName(r.system)], ' · ')
      })
    case 'stations':
      return name(tables.stations, (r) => r.name)
    case 'railLinks':
      return name(tables.railLinks, (r) =>
        join([station(r.fromStationId), station(r.toStationId)], ' → '),
      )
    case 'busLines':
      return name(tables.busLines, (r) => r.name)
    case 'plannedLines':
      return name(tables.plannedLines, (r) => r.name)
    case 'places':
      return name(tables.places, (r) => r.name)
    case 'medicalRules':
      return name(tables.medicalRules, (r) => r.title)
    case 'hospitals':
      return name(tables.hospitals, (r) => r.name)
    case 'partnerships':
      return name(tables.partnerships, (r) => join([r.programme, r.parties], ' · '))
    case 'fareRules':
      return name(tables.fareRules, (r) => r.name)
    case 'workCalendars':
      return name(tables.workCalendars, (r) => plain(String(r.year)))
    case 'contextNotes':
      return name(tables.contextNotes, (r) => r.title)
  }
}
