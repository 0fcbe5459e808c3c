// Charts are hand-drawn SVG, not a chart library: the few bar charts here cost a few kilobytes
// instead of a 100 kB+ dependency, print crisply on an A4 report, and take their colours from the
// theme's CSS variables, so light, dark and print need no per-library theming.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Lang } from '@renderer/ui/format'

export interface BarDatum {
  key: string
  /** Short axis label ("3/4", "3月"). */
  label: string
  /** Full label for tooltips and the table ("2024年3月4日 – 3月10日"). */
  longLabel: string
  value: number
}

interface Props {
  title: string
  data: readonly BarDatum[]
  format: (value: number) => string
  /** A shorter format for the value axis; `format` unless given. */
  axisFormat?: (value: number) => string
  /** Header of the value column in the table view. */
  valueLabel: string
  /** Heading of the label column in the table view. */
  keyLabel: string
  /** Starts as a table (the report prints the chart, the dashboard lets the user choose). */
  initialView?: 'chart' | 'table'
  /** Hides the chart/table switch (print). */
  fixed?: boolean
  /** Writes the chart's own words in this language rather than the UI's (the report). */
  lang?: Lang
  /**
   * Vertical lines across the bars (a median, a percentile): `position` counts bars from the
   * left edge (1.5 = the middle of the second bar). Said under the table view too.
   */
  markers?: readonly { key: string; position: number; label: string }[]
  /** 'personal': the user's own figures, drawn in their colour (ui/personal.css). */
  tone?: 'personal'
}

const W = 720
const H = 240
const PAD = { top: 12, right: 12, bottom: 28, left: 64 }

export function BarChart(props: Props) {
  const { t: uiT, i18n } = useTranslation('stats')
  const t = props.lang ? i18n.getFixedT(props.lang, 'stats') : uiT
  const [view, setView] = useState(props.initialView ?? 'chart')
  const id = useId()
  const total = props.data.reduce((s, d) => s + d.value, 0)
  const markers = props.markers ?? []
  const summary = [
    t('chart.summary', {
      count: props.data.length,
      total: props.format(total),
      max: props.format(Math.max(0, ...props.data.map((d) => d.value))),
    }),
    ...markers.map((m) => m.label),
  ].join(t('chart.sep'))
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption className="chart-caption">
        <span id={`${id}-cap`}>{props.title}</span>
        {!props.fixed && (
          <button
            type="button"
            className="chart-toggle no-print"
            aria-pressed={view === 'table'}
            onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
          >
            {t('chart.showTable')}
          </button>
        )}
      </figcaption>
      {view === 'chart' ? (
        <Bars {...props} id={id} summary={summary} />
      ) : (
        <table className="table chart-table">
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.keyLabel}</th>
              <th scope="col" className="num">
                {props.valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.data.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.longLabel}</th>
                <td className="num">{props.format(d.value)}</td>
              </tr>
            ))}
          </tbody>
          {markers.length > 0 && (
            <tfoot>
              <tr>
                <td colSpan={2} className="muted">
                  {markers.map((m) => m.label).join(t('chart.sep'))}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </figure>
  )
}

function Bars(props: Props & { id: string; summary: string }) {
  const { data, format } = props
  const values = data.map((d) => d.value)
  const top = niceCeil(Math.max(0, ...values))
  const bottom = -niceCeil(Math.max(0, ...values.map((v) => -v)))
  const span = top - bottom || 1
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const y = (v: number) => PAD.top + ((top - v) / span) * plotH
  const step = data.length > 0 ? plotW / data.length : plotW
  const barW = Math.max(1, Math.min(48, step * 0.7))
  const labelEvery = Math.max(1, Math.ceil(data.length / 12))
  const ticks = top === 0 && bottom === 0 ? [0] : bottom < 0 ? [bottom, 0, top] : [0, top / 2, top]
  const axisFormat = props.axisFormat ?? format
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.summary}</desc>
      {ticks.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v)} dy="0.35em" textAnchor="end">
            {axisFormat(v)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const x = PAD.left + i * step + (step - barW) / 2
        const y0 = y(Math.max(0, d.value))
        const h = Math.abs(y(d.value) - y(0))
        return (
          <g key={d.key}>
            <rect
              className={`chart-bar${d.value < 0 ? ' negative' : ''}${props.tone ? ` ${props.tone}` : ''}`}
              x={x}
              y={y0}
              width={barW}
              height={Math.max(h, d.value === 0 ? 0 : 1)}
            >
              <title>{`${d.longLabel}: ${format(d.value)}`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text
                className="chart-label"
                x={x + barW / 2}
                y={H - PAD.bottom + 16}
                textAnchor="middle"
              >
                {d.label}
              </text>
            )}
          </g>
        )
      })}
      <line className="chart-axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      {(props.markers ?? []).map((m, i) => {
        const x = PAD.left + m.position * step
        return (
          <g key={m.key} className="chart-marker">
            <line x1={x} x2={x} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={x + 4} y={PAD.top + 10 + i * 14}>
              {m.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above v (0 stays 0 → an empty chart gets a 0–1 scale). */
function niceCeil(v: number): number {
  if (v <= 0) return 0
  const p = 10 ** Math.floor(Math.log10(v))
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p
  return 10 * p
}
