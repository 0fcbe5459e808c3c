// The sync status: where it syncs, when it last did, when it tries next and why, what it could not
// read, and the buttons that are always there ("sync now", stop syncing).
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { platform } from '@renderer/app/platform'
import { allowDirectory } from '@renderer/app/platform/directory'
import { savedDirectory } from '@renderer/app/platform/browser-sync'
import { formatDateTime, langOf } from '@renderer/ui/format'
import { useToast } from '@renderer/ui/toast'
import type { ScheduleState } from '@shared/sync/schedule'
import { disconnect, syncNow, type SyncView } from './service'

function when(t: TFunction<'sync'>, at: number, language: string): string {
  const time = formatDateTime(at, langOf(language))
  const minutes = Math.round((at - Date.now()) / 60_000)
  return minutes > 0 ? t('when.in', { time, minutes }) : t('when.soon', { time })
}

export function reasonText(
  t: TFunction<'sync'>,
  e: NonNullable<ScheduleState['lastError']>,
): string {
  return t(`reason.${e.reason}`, {
    status: e.status ?? '—',
    minutes: e.aheadMs !== undefined ? Math.round(e.aheadMs / 60_000) : '',
  })
}

export function SyncStatusPanel({ view }: { view: SyncView }) {
  const { t, i18n } = useTranslation('sync')
  const toast = useToast()
  const s = view.status
  const schedule = s?.schedule
  const report = s?.report
  const target = view.target
  return (
    <div
      className="sync-status"
      data-testid="sync-status"
      data-runs={view.runs}
      data-running={s?.running ? 'true' : 'false'}
    >
      <dl className="sync-facts">
        <dt>{t('status.folder')}</dt>
        <dd data-testid="sync-target">
          {target?.kind === 'webdav'
            ? t('status.webdavTarget', { url: decodeURI(target.url), username: target.username })
            : target?.label}
        </dd>
        <dt>{t('status.lastSynced')}</dt>
        <dd data-testid="sync-last">
          {s?.running
            ? t('status.syncing')
            : schedule?.lastSuccessAt
              ? formatDateTime(schedule.lastSuccessAt, langOf(i18n.language), true)
              : t('status.never')}
        </dd>
        <dt>{t('status.nextTry')}</dt>
        <dd data-testid="sync-next">
          {schedule?.nextAt ? when(t, schedule.nextAt, i18n.language) : t('status.noAuto')}
        </dd>
        {schedule?.lastError && (
          <>
            <dt>{t('status.reason')}</dt>
            <dd className="sync-reason" data-testid="sync-reason" role="status">
              {reasonText(t, schedule.lastError)}
            </dd>
          </>
        )}
      </dl>
      {report && !schedule?.lastError && (
        <p className="muted">
          {t('status.received', { count: report.received })} ·{' '}
          {t('status.sent', { count: report.sent })}
        </p>
      )}
      {report && report.problems.length > 0 && (
        <div className="warning" data-testid="sync-problems">
          <p>{t('status.problems')}</p>
          <ul>
            {report.problems.map((p) => (
              <li key={`${p.device}/${p.file}`}>
                {t(`problem.${p.problem}`, { file: p.file, device: p.device.slice(0, 6) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.rejected > 0 && (
        <p className="warning">{t('status.rejected', { count: view.rejected })}</p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={s?.running}
          onClick={() => void syncNow()}
        >
          {t('commands.syncNow')}
        </button>
        {platform.kind === 'browser' &&
          target?.kind === 'folder' &&
          schedule?.lastError?.reason === 'blocked' && (
            <button
              type="button"
              onClick={async () => {
                const dir = await savedDirectory()
                if (dir && (await allowDirectory(dir))) void syncNow()
              }}
            >
              {t('status.allowFolder')}
            </button>
          )}
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!window.confirm(t('status.disconnectConfirm'))) return
            await disconnect()
            toast.show({ message: t('status.disconnected') })
          }}
        >
          {t('status.disconnect')}
        </button>
      </div>
    </div>
  )
}
