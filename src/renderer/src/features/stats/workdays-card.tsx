import { useTranslation } from 'react-i18next'
import { packCalendarFor, WORKDAY_CALENDAR_SOURCE } from '@shared/calendar/workdays'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import type { WorkdayReport } from '@shared/stats/workday-report'
import { formatDate, gap, langOf } from '@renderer/ui/format'

/** The pack's official arrangements for the years of a period (they override the package). */
function packYears(from: string, to: string) {
  const years: number[] = []
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y)
  return years.map(packCalendarFor).filter((c) => c !== null)
}

/** Working days the period had against the days the user commuted. */
export function WorkdaysCard({ report }: { report: WorkdayReport }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const pct = report.expected > 0 ? Math.round((report.commuted / report.expected) * 100) : null
  return (
    <section className="card" aria-labelledby="stats-workdays">
      <h2 id="stats-workdays">{t('workdays.title')}</h2>
      {report.from > report.to ? (
        <p className="muted">{t('workdays.future')}</p>
      ) : (
        <>
          <p className="workdays-line" data-testid="workdays-summary">
            {t('workdays.summary', { commuted: report.commuted, expected: report.expected })}
            {pct !== null && <span className="muted"> ({pct}%)</span>}
          </p>
          <div
            className="meter"
            role="meter"
            aria-label={t('workdays.title')}
            aria-valuemin={0}
            aria-valuemax={report.expected}
            aria-valuenow={report.commuted}
          >
            <span style={{ width: `${pct ?? 0}%` }} />
          </div>
          <p className="muted">
            {t('workdays.through', { date: formatDate(report.to, lang, 'long') })}
            {report.commutedOnDaysOff > 0 &&
              `${gap(lang)}${t('workdays.daysOff', { count: report.commutedOnDaysOff })}`}
          </p>
          {report.missed.length > 0 && (
            <details>
              <summary>{t('workdays.missed', { count: report.missed.length })}</summary>
              <p>
                {report.missed
                  .map((d) => formatDate(d, lang, 'long'))
                  .join(lang === 'zh-CN' ? '、' : ', ')}
              </p>
            </details>
          )}
          {report.assumedDates > 0 && (
            <p className="warning" role="note">
              {t('workdays.assumed', { years: report.assumedYears.join(', ') })}
            </p>
          )}
          <p className="source-line muted">
            {t('workdays.source', { name: WORKDAY_CALENDAR_SOURCE.name })}
            {packYears(report.from, report.to).map((c) => (
              <span key={c.id} data-testid="workdays-pack-source">
                {' '}
                {t('workdays.packSource', { year: c.year })} <SourceBadge ids={c.sourceIds} />
              </span>
            ))}
          </p>
        </>
      )}
    </section>
  )
}
