// A schematic diagram of the Shanghai–Jiaxing area by district, drawn offline from the pack's
// places (each has an approximate cell on a 13 × 9 grid, never a coordinate). Each district is a
// button: it filters the list. The user's home and work places (Settings) are marked.
import { useMemo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  mapRegions,
  placeRegionKey,
  schematicAreas,
  UNKNOWN_DISTRICT,
  type MapRegion,
} from '@shared/hospitals'
import type { Place, Side } from '@shared/pack'
import { useSetting } from '@renderer/db/settings'
import type { DirectoryData } from './use-directory'
import { pick } from '@renderer/ui/pack-text'

const COLS = 13
const ROWS = 9
const CELL = 60
const GAP = 4

const x = (col: number) => col * CELL + GAP / 2
const y = (row: number) => row * CELL + GAP / 2

/** The outline of a set of grid cells: every cell side that does not touch another of them. */
function outline(cells: ReadonlyArray<{ col: number; row: number }>): string {
  const has = new Set(cells.map((c) => `${c.col},${c.row}`))
  let d = ''
  for (const { col, row } of cells) {
    const [l, t, r, b] = [col * CELL, row * CELL, (col + 1) * CELL, (row + 1) * CELL]
    if (!has.has(`${col},${row - 1}`)) d += `M${l} ${t}H${r}`
    if (!has.has(`${col + 1},${row}`)) d += `M${r} ${t}V${b}`
    if (!has.has(`${col},${row + 1}`)) d += `M${l} ${b}H${r}`
    if (!has.has(`${col - 1},${row}`)) d += `M${l} ${t}V${b}`
  }
  return d
}

/** A place's short name for its cell: the part before any bracket, at most five characters. */
function shortName(name: string): string {
  const head = name.split(/[（(]/)[0] ?? name
  return Array.from(head).length > 5 ? `${Array.from(head).slice(0, 4).join('')}…` : head
}

/** Rough text width for a label pill (CJK characters are about twice a Latin letter). */
function textWidth(s: string, size: number): number {
  let w = 0
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.6
  return w
}

/** The region's own cell nearest the middle of its cells: where its label goes. */
function anchorCell(r: MapRegion) {
  const cx = r.cells.reduce((s, c) => s + c.col, 0) / r.cells.length
  const cy = r.cells.reduce((s, c) => s + c.row, 0) / r.cells.length
  return [...r.cells].sort(
    (a, b) => Math.hypot(a.col - cx, a.row - cy) - Math.hypot(b.col - cx, b.row - cy),
  )[0]
}

export function DistrictMap(props: {
  data: DirectoryData
  selected: string | null
  onPick: (city: Side, district: string) => void
}) {
  const { t, i18n } = useTranslation('hospitals')
  const lang = i18n.language
  const { places, directory } = props.data
  const homeId = useSetting('homePlaceId')
  const workId = useSetting('workPlaceId')
  const regions = useMemo(() => mapRegions(places, directory.entries), [places, directory])
  const areas = useMemo(() => schematicAreas(regions, { cols: COLS, rows: ROWS }), [regions])
  const placeById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places])
  const home = homeId ? placeById.get(homeId) : undefined
  const work = workId ? placeById.get(workId) : undefined

  const regionName = (r: MapRegion) =>
    r.district === UNKNOWN_DISTRICT || !r.name
      ? t('district.unknownIn', { city: t(`city.${r.side}`) })
      : pick(r.name, lang)

  const label = (r: MapRegion) => {
    const isHome = home !== undefined && placeRegionKey(home) === r.key
    const isWork = work !== undefined && placeRegionKey(work) === r.key
    const key =
      isHome && isWork
        ? 'districtHomeWork'
        : isHome
          ? 'districtHome'
          : isWork
            ? 'districtWork'
            : 'district'
    return t(`map.${key}`, { name: regionName(r), count: r.partnerHospitals })
  }

  const pickRegion = (r: MapRegion) => props.onPick(r.side, r.district)
  const onKey = (r: MapRegion) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      pickRegion(r)
    }
  }

  const drawn = regions.filter((r) => r.cells.length > 0)
  const offMap = regions.filter((r) => r.cells.length === 0)
  const markers = [
    home && { place: home, text: t('map.home'), kind: 'home' },
    work && { place: work, text: t('map.work'), kind: 'work' },
  ].filter((m): m is { place: Place; text: string; kind: string } => Boolean(m))

  // What a place's cell says under its dot: its name, or "家 · 嘉善" for home / work.
  const markerText = (placeId: string) =>
    markers
      .filter((m) => m.place.id === placeId)
      .map((m) => m.text)
      .join(' / ')

  return (
    <figure className="card district-map" aria-labelledby="district-map-title">
      <h2 id="district-map-title">{t('map.title')}</h2>
      <p className="warning map-schematic" data-testid="map-schematic">
        {t('map.schematic')}
      </p>
      <p className="muted small">{t('map.hint')}</p>
      <svg
        viewBox={`0 0 ${COLS * CELL} ${ROWS * CELL}`}
        className="district-map-svg"
        role="group"
        aria-label={t('map.title')}
      >
        <rect className="map-bg" x={0} y={0} width={COLS * CELL} height={ROWS * CELL} rx={10} />
        {drawn.map((r) => (
          <g
            key={r.key}
            role="button"
            tabIndex={0}
            aria-label={label(r)}
            aria-pressed={props.selected === r.key}
            className={`map-region side-${r.side}${props.selected === r.key ? ' selected' : ''}`}
            onClick={() => pickRegion(r)}
            onKeyDown={onKey(r)}
          >
            {(areas.get(r.key) ?? []).map((c) => (
              <rect
                key={`${c.col},${c.row}`}
                className="map-area"
                x={c.col * CELL}
                y={c.row * CELL}
                width={CELL}
                height={CELL}
              />
            ))}
            <path className="map-outline" d={outline(areas.get(r.key) ?? [])} />
            {r.cells.map((c) => (
              <circle
                key={c.placeId}
                className="map-place"
                cx={x(c.col) + (CELL - GAP) / 2}
                cy={y(c.row) + (CELL - GAP) / 2 + 8}
                r={3}
              >
                <title>{pick(placeById.get(c.placeId)?.name ?? { zh: '', en: '' }, lang)}</title>
              </circle>
            ))}
          </g>
        ))}
        <g aria-hidden="true" className="map-labels">
          {drawn.flatMap((r) =>
            r.cells.map((c) => {
              const place = placeById.get(c.placeId)
              if (!place) return null
              const cx = x(c.col) + (CELL - GAP) / 2
              const cy = y(c.row) + (CELL - GAP) / 2
              const name = shortName(pick(place.name, lang))
              const marker = markerText(place.id)
              if (!marker) {
                return (
                  <text
                    key={c.placeId}
                    className="map-place-name"
                    x={cx}
                    y={cy + 23}
                    textAnchor="middle"
                  >
                    {name}
                  </text>
                )
              }
              const label = `${marker} · ${name}`
              const w = textWidth(label, 11) + 10
              return (
                <g key={c.placeId} className="map-marker">
                  <circle cx={cx} cy={cy + 8} r={7} />
                  <rect x={cx - w / 2} y={cy + 14} width={w} height={17} rx={4} />
                  <text x={cx} y={cy + 26.5} textAnchor="middle">
                    {label}
                  </text>
                </g>
              )
            }),
          )}
          {drawn.map((r) => {
            const a = anchorCell(r)
            if (!a) return null
            const name = regionName(r)
            const count = String(r.partnerHospitals)
            const w = textWidth(name, 12) + textWidth(count, 13) + 26
            const cx = x(a.col) + (CELL - GAP) / 2
            const cy = y(a.row) + (CELL - GAP) / 2 - 10
            return (
              <g key={r.key} className={`map-label side-${r.side}`}>
                <rect x={cx - w / 2} y={cy - 12} width={w} height={24} rx={12} />
                <text x={cx - w / 2 + 9} y={cy + 4.5} className="map-label-name">
                  {name}
                </text>
                <text x={cx + w / 2 - 9} y={cy + 5} className="map-label-count" textAnchor="end">
                  {count}
                </text>
              </g>
            )
          })}
        </g>
      </svg>
      <figcaption className="map-legend small">
        <span>
          <span className="legend-swatch side-shanghai" /> {t('city.shanghai')}{' '}
          <span className="legend-swatch side-jiaxing" /> {t('city.jiaxing')}
        </span>
        <span>{t('map.legendCount')}</span>
        <span>{t('map.legendUnknown')}</span>
        {markers.length === 0 && <span>{t('map.noHomeWork')}</span>}
        {markers.map((m) => (
          <span key={m.kind}>
            <span className={`legend-marker marker-${m.kind}`}>{m.text}</span>{' '}
            {t(m.kind === 'home' ? 'map.homeLegend' : 'map.workLegend', {
              place: pick(m.place.name, lang),
            })}
            {!m.place.schematic &&
              ` — ${t('map.placeNotOnMap', { place: pick(m.place.name, lang) })}`}
          </span>
        ))}
      </figcaption>
      {offMap.length > 0 && (
        <div className="map-off">
          <h3>{t('map.offMap')}</h3>
          <div className="row">
            {offMap.map((r) => (
              <button
                key={r.key}
                type="button"
                aria-pressed={props.selected === r.key}
                aria-label={label(r)}
                onClick={() => pickRegion(r)}
              >
                {regionName(r)} · {r.partnerHospitals}
              </button>
            ))}
          </div>
        </div>
      )}
    </figure>
  )
}
