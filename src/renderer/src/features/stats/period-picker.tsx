import { addDays, addMonths, addWeeks, addYears } from 'date-fns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseDate, today, toDateString } from '@shared/calendar/dates'
import { customPeriod, PERIOD_KINDS, periodDays, type Period } from '@shared/stats/period'
import { DateRange } from '@renderer/ui/date-range'
import { formatRange, langOf } from '@renderer/ui/format'

const STEP = { week: addWeeks, month: addMonths, year: addYears } as const

/** This week / month / year, a custom range, and stepping to the previous or next period. */
export function PeriodPicker(props: {
  period: Period
  anchor: string
  onChange: (patch: Record<string, string | undefined>) => void
}) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const { period } = props
  const [from, setFrom] = useState(period.from)
  const [to, setTo] = useState(period.to)
  const [error, setError] = useState<string | null>(null)

  const step = (n: number) => {
    if (period.kind === 'custom') {
      const days = periodDays(period)
      const f = toDateString(addDays(parseDate(period.from), n * days))
      const l = toDateString(addDays(parseDate(period.to), n * days))
      props.onChange({ from: f, to: l })
      return
    }
    props.onChange({ date: toDateString(STEP[period.kind](parseDate(props.anchor), n)) })
  }

  return (
    <div className="period-picker card no-print" role="group" aria-label={t('period.label')}>
      <div className="row">
        <div className="segmented" role="radiogroup" aria-label={t('period.kind')}>
          {PERIOD_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={period.kind === k}
              onClick={() =>
                k === 'custom'
                  ? props.onChange({ kind: k, from: period.from, to: period.to })
                  : props.onChange({
                      kind: k,
                      // Leaving a custom range keeps its place in time.
                      date: period.kind === 'custom' ? period.from : props.anchor,
                      from: undefined,
                      to: undefined,
                    })
              }
            >
              {t(`period.${k}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => step(-1)} aria-label={t('period.previous')}>
          ‹
        </button>
        <strong className="period-range" data-testid="period-range" aria-live="polite">
          {formatRange(period.from, period.to, lang)}
        </strong>
        <button type="button" onClick={() => step(1)} aria-label={t('period.next')}>
          ›
        </button>
        {period.kind !== 'custom' && (
          <button type="button" onClick={() => props.onChange({ date: today() })}>
            {t('period.current')}
          </button>
        )}
      </div>
      {period.kind === 'custom' && (
        <form
          className="row custom-range"
          onSubmit={(e) => {
            e.preventDefault()
            const p = customPeriod(from, to)
            if (!p) return setError(t('period.invalid'))
            setError(null)
            props.onChange({ from: p.from, to: p.to })
          }}
        >
          <DateRange
            id="period"
            from={from}
            to={to}
            onChange={(r) => {
              setFrom(r.from)
              setTo(r.to)
            }}
          />
          <button type="submit">{t('period.apply')}</button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  )
}
