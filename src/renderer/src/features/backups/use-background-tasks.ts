// What runs in the background while the app is open: the daily backup (Electron), the reminder to
// download a backup (browser), the offer to restore into an empty store, and the commute reminder.
// The one-shot messages show once per session, not again when the language changes.
// Their code (backup format, zod, the workday calendar) loads once the first screen is ready.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '@renderer/app/router'
import { platform } from '@renderer/app/platform'
import { markDecided, whenReady } from '@renderer/app/ready'
import { useToast } from '@renderer/ui/toast'

/** The background code, fetched on first use. */
export const loadJobs = () => import('./jobs')
const jobsAfterReady = () => whenReady().then(loadJobs)

const MINUTE = 60_000
const shown = new Set<'emptyWithBackups' | 'backupReminder'>()

/** True the first time it is asked for `what` in this session. */
function firstTime(what: 'emptyWithBackups' | 'backupReminder'): boolean {
  if (shown.has(what)) return false
  shown.add(what)
  return true
}

export function useBackgroundTasks(): void {
  const { t } = useTranslation('backups')
  const toast = useToast()

  // Electron: today's daily backup, at start and (for a window left open overnight) every hour.
  // With no records but backups in the folder (a lost database), offer to restore one.
  useEffect(() => {
    const backups = platform.backups
    if (!backups) return
    let cancelled = false
    void (async () => {
      const jobs = await jobsAfterReady()
      const [has, list] = await Promise.all([jobs.hasUserData(), backups.list()])
      if (cancelled) return
      if (has || list.length === 0 || !firstTime('emptyWithBackups')) return
      toast.show({
        message: t('backup.emptyWithBackups', { count: list.length }),
        action: {
          label: t('backup.restoreThis'),
          onClick: () => navigate('settings', { section: 'backups' }),
        },
        timeoutMs: 60_000,
      })
    })().catch((e: unknown) => console.warn('backup check', e))
    const run = () =>
      void jobsAfterReady()
        .then((jobs) =>
          jobs.dailyBackupIfDue(platform).then(
            (r) => markDecided('daily-backup', r?.status ?? 'not-due'),
            (e: unknown) => {
              toast.show({
                message: t('backup.autoFailed', { message: jobs.writeErrorText(t, e) }),
                timeoutMs: 15_000,
              })
              markDecided('daily-backup', 'failed')
            },
          ),
        )
        .catch((e: unknown) => console.warn('daily backup', e))
    run()
    const id = setInterval(run, 60 * MINUTE)
    return () => {
      cancelled = true
      clearInterval(id)
    }
  }, [t, toast])

  // Browser: once per session, remind to download a backup when none was taken for 7 days.
  useEffect(() => {
    if (platform.backups) return
    let cancelled = false
    void (async () => {
      const jobs = await jobsAfterReady()
      const { due, days } = await jobs.backupReminder()
      if (cancelled) return
      // The toast is shown before the decision is marked (tests wait for the mark).
      const decided = () => markDecided('backup-reminder', due ? 'due' : 'not-due')
      if (!due || !firstTime('backupReminder')) return decided()
      toast.show({
        message: days === null ? t('backup.reminderNever') : t('backup.reminder', { count: days }),
        action: { label: t('backup.download'), onClick: () => void jobs.backUpNow(t, toast.show) },
        timeoutMs: 30_000,
      })
      decided()
    })().catch((e: unknown) => console.warn('backup reminder', e))
    return () => {
      cancelled = true
    }
  }, [t, toast])

  // The daily commute reminder, checked each minute while the app runs.
  useEffect(() => {
    const fire = async () => {
      await platform.notify(t('reminder.notifyTitle'), t('reminder.notifyBody'))
      toast.show({
        message: `${t('reminder.notifyTitle')}: ${t('reminder.notifyBody')}`,
        action: { label: t('reminder.logNow'), onClick: () => navigate('trips') },
        timeoutMs: 60_000,
      })
    }
    const fireInvoices = async (count: number) => {
      await platform.notify(t('reminder.invoiceTitle'), t('reminder.invoiceBody', { count }))
      toast.show({
        message: `${t('reminder.invoiceTitle')}: ${t('reminder.invoiceBody', { count })}`,
        action: { label: t('reminder.openTrips'), onClick: () => navigate('trips') },
        timeoutMs: 60_000,
      })
    }
    const check = () =>
      void jobsAfterReady()
        .then(async (jobs) => {
          const fired = await jobs.checkCommuteReminder(new Date(), fire)
          markDecided('commute-reminder', fired ? 'fired' : 'not-due')
          await jobs.checkInvoiceReminder(new Date(), fireInvoices)
        })
        .catch((e: unknown) => console.warn('reminder', e))
    check()
    const id = setInterval(check, MINUTE)
    return () => clearInterval(id)
  }, [t, toast])
}
