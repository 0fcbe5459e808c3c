import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { today } from '@shared/calendar/dates'
import { parseDecimal } from '@shared/money/parse'
import type { Period } from '@shared/stats/period'
import {
  DEFAULT_PASS_RULES,
  PASS_PRESETS,
  PASS_SOURCE,
  passPriceFen,
  passRulesSchema,
  railRides,
  replayPass,
  type PassRules,
} from '@shared/stats/rail-pass'
import { setSetting, useSetting } from '@renderer/db/settings'
import { useTripsBetween } from '@renderer/db/stats'
import { BarChart } from './bar-chart'
import {
  formatFen,
  formatMonth,
  formatRange,
  gap,
  langOf,
  formatYuanAxis,
} from '@renderer/ui/format'
import { Field } from '@renderer/ui/field'

type Draft = Record<'rides' | 'validDays' | 'discountPercent' | 'activationDays', string> & {
  kind: PassRules['kind']
  bothDirections: boolean
}

const toDraft = (r: PassRules): Draft => ({
  kind: r.kind,
  rides: String(r.rides),
  validDays: String(r.validDays),
  discountPercent: String(r.discountPercent),
  activationDays: String(r.activationDays),
  bothDirections: r.bothDirections,
})

const NUMBER_FIELDS = ['rides', 'validDays', 'discountPercent', 'activationDays'] as const

/** Parses the form; every field that fails names its own message key. */
function parseDraft(d: Draft): { rules: PassRules | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const numbers: Record<string, number> = {}
  for (const name of NUMBER_FIELDS) {
    const n = parseDecimal(d[name])
    // "12,5" is refused as ambiguous; anything else unreadable gets the field's range message.
    if (!n.ok && n.error === 'validation.numberComma') errors[name] = n.error
    numbers[name] = n.ok ? n.value : Number.NaN
  }
  const r = passRulesSchema.safeParse({
    kind: d.kind,
    ...numbers,
    bothDirections: d.bothDirections,
  })
  if (r.success && Object.keys(errors).length === 0) return { rules: r.data, errors }
  if (!r.success) for (const i of r.error.issues) errors[String(i.path[0])] ??= i.message
  return { rules: null, errors }
}

/**
 * Would a rail pass have paid off? The user's rules, replayed over their high-speed-rail legs.
 * The rules are kept in the settings (checked again when read: a restored backup may carry
 * anything), so they are there the next time.
 */
export function PassCalculator({ period }: { period: Period }) {
  const { t } = useTranslation('stats')
  const saved = useSetting('passRules')
  if (saved === undefined) return <p className="loading">{t('loading')}</p>
  const parsed = passRulesSchema.safeParse(saved)
  return <PassForm period={period} initial={parsed.success ? parsed.data : DEFAULT_PASS_RULES} />
}

function PassForm({ period, initial }: { period: Period; initial: PassRules }) {
  const { t, i18n } = useTranslation('stats')
  const lang = langOf(i18n.language)
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial))
  const { rules, errors } = useMemo(() => parseDraft(draft), [draft])
  // Every valid set of rules is saved as it is typed; an invalid one waits to be fixed.
  const update = (next: Draft) => {
    setDraft(next)
    const valid = parseDraft(next).rules
    if (valid) void setSetting('passRules', valid)
  }
  const trips = useTripsBetween(period.from, period.to)
  const end = period.to < today() ? period.to : today()
  const replay = useMemo(
    () => (trips && rules ? replayPass(railRides(trips), rules, end) : null),
    [trips, end, rules],
  )
  const presetId = PASS_PRESETS.find((p) =>
    (Object.keys(p.rules) as (keyof typeof p.rules)[]).every(
      (k) => String(p.rules[k]) === draft[k],
    ),
  )?.id

  const field = (name: 'rides' | 'validDays' | 'discountPercent' | 'activationDays') => (
    <Field
      id={`pass-${name}`}
      label={t(`pass.field.${name}`)}
      error={errors[name] ? t(errors[name]) : undefined}
    >
      {(c) => (
        <input
          {...c}
          inputMode="decimal"
          value={draft[name]}
          onChange={(e) => update({ ...draft, [name]: e.target.value })}
        />
      )}
    </Field>
  )

  return (
    <div className="stats-pass">
      <section className="card" aria-labelledby="pass-rules">
        <h2 id="pass-rules">{t('pass.rulesTitle')}</h2>
        <div className="warning" role="note" data-testid="pass-caveat">
          <p>{t('pass.caveat')}</p>
          <p className="small">
            {t('pass.source', {
              publisher: PASS_SOURCE.publisher,
              date: PASS_SOURCE.date,
              confidence: t('pass.confidenceHigh'),
            })}{' '}
            <span className="url">{PASS_SOURCE.url}</span>
          </p>
        </div>
        <fieldset className="presets">
          <legend>{t('pass.presets')}</legend>
          {PASS_PRESETS.map((p) => (
            <label key={p.id} className="preset">
              <input
                type="radio"
                name="pass-preset"
                checked={presetId === p.id}
                onChange={() =>
                  update(toDraft({ ...p.rules, bothDirections: draft.bothDirections }))
                }
              />
              {t(`pass.preset.${p.id}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <Field id="pass-kind" label={t('pass.field.kind')}>
            {(c) => (
              <select
                {...c}
                value={draft.kind}
                onChange={(e) => update({ ...draft, kind: e.target.value as PassRules['kind'] })}
              >
                <option value="count">{t('pass.kind.count')}</option>
                <option value="period">{t('pass.kind.period')}</option>
              </select>
            )}
          </Field>
          {field('rides')}
          {field('validDays')}
          {field('discountPercent')}
          {field('activationDays')}
          <span />
          <label className="check">
            <input
              type="checkbox"
              checked={draft.bothDirections}
              onChange={(e) => update({ ...draft, bothDirections: e.target.checked })}
            />
            {t('pass.field.bothDirections')}
          </label>
        </div>
        <p className="muted small">{t('pass.assumptions', { days: draft.activationDays })}</p>
      </section>

      <section className="card" aria-labelledby="pass-result" aria-live="polite">
        <h2 id="pass-result">
          {t('pass.resultTitle', { range: formatRange(period.from, end, lang) })}
        </h2>
        {!rules ? (
          <p className="field-error">{t('pass.fixRules')}</p>
        ) : !replay ? (
          <p className="loading">{t('loading')}</p>
        ) : replay.rides === 0 ? (
          <p>{t('pass.noRides')}</p>
        ) : (
          <>
            <p className="pass-verdict" data-testid="pass-verdict">
              {t('pass.rides', { count: replay.rides, normal: formatFen(replay.normalFen) })}
              {gap(lang)}
              {t('pass.onPasses', { amount: formatFen(replay.normalFen - replay.savingFen) })}
              {gap(lang)}
              <strong className={replay.savingFen >= 0 ? 'good' : 'bad'}>
                {replay.savingFen >= 0
                  ? t('pass.saved', { amount: formatFen(replay.savingFen) })
                  : t('pass.cost', { amount: formatFen(-replay.savingFen) })}
              </strong>
            </p>
            <p className="muted" data-testid="pass-bought">
              {t('pass.bought', { count: replay.passesBought, paid: formatFen(replay.paidFen) })}
              {replay.expiredRides > 0 &&
                `${gap(lang)}${t('pass.expired', { count: replay.expiredRides })}`}
              {replay.openRides > 0 &&
                `${gap(lang)}${t('pass.open', { count: replay.openRides, amount: formatFen(replay.openFen) })}`}
            </p>
            <BarChart
              title={t('pass.chartTitle')}
              data={replay.months.map((m) => ({
                key: m.month,
                label: formatMonth(m.month, lang, 'short'),
                longLabel: formatMonth(m.month, lang),
                value: m.savingFen,
              }))}
              format={formatFen}
              axisFormat={formatYuanAxis}
              keyLabel={t('grain.month')}
              valueLabel={t('pass.saving')}
            />
            <table className="table">
              <caption>{t('pass.monthTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grain.month')}</th>
                  <th scope="col" className="num">
                    {t('pass.col.rides')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.normal')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.withPass')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.saving')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.bought')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {replay.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{formatMonth(m.month, lang)}</th>
                    <td className="num">{m.rides}</td>
                    <td className="num">{formatFen(m.normalFen)}</td>
                    <td className="num">{formatFen(m.withPassFen)}</td>
                    <td className={`num ${m.savingFen >= 0 ? 'good' : 'bad'}`}>
                      {formatFen(m.savingFen)}
                    </td>
                    <td className="num">{m.passesBought}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table">
              <caption>{t('pass.routeTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('routes.route')}</th>
                  <th scope="col" className="num">
                    {t('pass.col.fare')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.price')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.rides')}
                  </th>
                  <th scope="col" className="num">
                    {t('pass.col.bought')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {replay.routes.map((r) => (
                  <tr key={`${r.from}-${r.to}-${r.fareFen}`}>
                    <th scope="row">
                      {r.from || '—'} {rules.bothDirections ? '⇄' : '→'} {r.to || '—'}
                    </th>
                    <td className="num">{formatFen(r.fareFen)}</td>
                    <td className="num">{formatFen(passPriceFen(rules, r.fareFen))}</td>
                    <td className="num">{r.rides}</td>
                    <td className="num">{r.passesBought}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">{t('pass.method')}</p>
          </>
        )}
      </section>
    </div>
  )
}
