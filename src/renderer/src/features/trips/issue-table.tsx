// The rows an importer could not read: where (line or item), which column, why, and the value.
// Shared by the trips importer and the bill importer, as is the message for a file read none of.
import { useTranslation } from 'react-i18next'
import type { RowIssue } from '@shared/trips/import-types'
import { useMessage } from './text'

/** At most this many problems are listed; the rest are counted. */
const SHOWN_ISSUES = 200

export function IssueTable(props: {
  issues: readonly RowIssue[]
  where: (at: number) => string
  fieldName: (field: string | undefined) => string
}) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  const { issues } = props
  return (
    <>
      <table className="table">
        <caption>{t('import.invalidTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.where')}</th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.problem')}</th>
            <th scope="col">{t('import.value')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
            <tr key={n}>
              <td>{props.where(i.at)}</td>
              <td>{props.fieldName(i.field)}</td>
              <td>{msg(i.message)}</td>
              <td>{i.value ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN_ISSUES && (
        <p className="muted">{t('import.more', { count: issues.length - SHOWN_ISSUES })}</p>
      )}
    </>
  )
}

/** Why a file could not be read at all, after its name. */
export function ImportError(props: {
  name?: string
  error: { message: string; params?: Record<string, unknown> }
}) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  return (
    <p className="field-error trip-import-error" role="alert">
      {props.name && <>{t('import.file', { name: props.name })} — </>}
      {msg(props.error.message, props.error.params)}
    </p>
  )
}
