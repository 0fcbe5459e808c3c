// The trip log: saved commutes one click away, the entry form, bulk entry, the filtered virtual
// list with totals, and import/export. Shortcuts are registered as commands while it is mounted.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShortcut, useCommands, type Command } from '@renderer/app/commands'
import { navigate, useRoute } from '@renderer/app/router'
import { Modal } from '@renderer/ui/modal'
import { Page } from '@renderer/ui/page'
import { useToast } from '@renderer/ui/toast'
import { useCards } from '@renderer/db/cards'
import { useTemplates } from '@renderer/db/templates'
import { deleteTrip, logTemplate, restoreTrip, useLastTrip, deleteTrips } from '@renderer/db/trips'
import { today } from '@shared/calendar/dates'
import { formatFen } from '@shared/money/fen'
import { EMPTY_FILTER, type TripFilter } from '@shared/trips/filter'
import { emptyForm, formFromBody, type TripForm } from '@shared/trips/form'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import { BulkDialog } from './bulk-dialog'
import { ManageCommutesDialog, SaveCommuteDialog } from './commute-dialogs'
import { ExportDialog } from './export-dialog'
import { Filters } from './filters'
import { ImportDialog } from './import-dialog'
import { BillImportDialog } from './bill-import-dialog'
import { InvoiceDue } from './invoice-due'
import { TripFormView } from './trip-form'
import { TripList, type RowActions } from './trip-list'
import { formatDuration } from '@renderer/ui/format'
import { useTripList } from './use-trip-list'
import './trips.css'

type Dialog =
  | { kind: 'form'; initial: TripForm; editing?: Trip }
  | { kind: 'bulk' }
  | { kind: 'import' }
  | { kind: 'bills' }
  | { kind: 'export' }
  | { kind: 'saveCommute'; trip: Trip }
  | { kind: 'manage' }
  | null

export default function TripsScreen() {
  const { t } = useTranslation('trips')
  const toast = useToast()
  const route = useRoute()
  const templates = useTemplates()
  const lastTrip = useLastTrip()
  const cards = useCards()
  const [filter, setFilter] = useState<TripFilter>(EMPTY_FILTER)
  const [dialog, setDialog] = useState<Dialog>(null)
  const list = useTripList(filter)
  const close = useCallback(() => setDialog(null), [])

  // A shortcut pressed inside an open dialog must not replace what is being typed there.
  const openNew = useCallback(
    () => setDialog((d) => d ?? { kind: 'form', initial: emptyForm(today()) }),
    [],
  )
  const dialogOpen = dialog !== null

  const logCommute = useCallback(
    async (c: CommuteTemplate) => {
      const trip = await logTemplate(c, today())
      toast.show({
        message: t('commutes.logged', { name: c.name, date: trip.date }),
        action: { label: t('actions.undo'), onClick: () => void deleteTrips([trip.id]) },
        timeoutMs: 10_000,
      })
    },
    [t, toast],
  )

  const repeatLast = useCallback(() => {
    if (lastTrip) setDialog({ kind: 'form', initial: formFromBody(lastTrip, today()) })
  }, [lastTrip])

  const remove = useCallback(
    async (trip: Trip) => {
      const gone = await deleteTrip(trip.id)
      if (!gone) return
      toast.show({
        message: t('list.deleted', { date: gone.date }),
        action: { label: t('actions.undo'), onClick: () => void restoreTrip(gone) },
        timeoutMs: 10_000,
      })
    },
    [t, toast],
  )

  // Menu and palette actions arrive as #/trips?action=…: open the dialog while rendering (React's
  // "adjust state on a prop change"), then drop the parameter so a reload does not reopen it.
  const action = route.params.get('action')
  const [seenAction, setSeenAction] = useState<string | null>(null)
  if (action !== seenAction) {
    setSeenAction(action)
    if (action === 'new') setDialog({ kind: 'form', initial: emptyForm(today()) })
    else if (action === 'import' || action === 'export' || action === 'bulk' || action === 'bills')
      setDialog({ kind: action })
  }
  // Ctrl/Cmd+1…9 from any screen (app/commands.ts) arrive as ?action=commute&n=2: the saved
  // commute is logged once the templates have loaded, and not while a dialog is open.
  const commuteNumber = Number(route.params.get('n'))
  useEffect(() => {
    if (!action) return
    if (action === 'commute') {
      if (templates === undefined) return
      const c = templates[commuteNumber - 1]
      if (c && !dialogOpen) void logCommute(c)
    }
    navigate('trips')
  }, [action, commuteNumber, templates, dialogOpen, logCommute])

  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [
      {
        id: 'trips.new',
        label: 'trips:commands.new',
        group: 'action',
        shortcuts: ['Mod+N'],
        run: openNew,
      },
      {
        id: 'trips.repeatLast',
        label: 'trips:commands.repeatLast',
        group: 'action',
        run: repeatLast,
      },
      {
        id: 'trips.bulk',
        label: 'trips:commands.bulk',
        group: 'action',
        run: () => setDialog({ kind: 'bulk' }),
      },
      {
        id: 'importTrips',
        label: 'trips:commands.importTrips',
        group: 'action',
        shortcuts: ['Mod+I'],
        menuAccelerator: 'Mod+I',
        run: () => setDialog({ kind: 'import' }),
      },
      {
        id: 'trips.importBills',
        label: 'trips:commands.importBills',
        group: 'action',
        run: () => setDialog({ kind: 'bills' }),
      },
      {
        id: 'exportTrips',
        label: 'trips:commands.exportTrips',
        group: 'action',
        shortcuts: ['Mod+E'],
        menuAccelerator: 'Mod+E',
        run: () => setDialog({ kind: 'export' }),
      },
    ]
    return list
  }, [openNew, repeatLast])
  useCommands(commands)

  // One object for all rows, so the memoised rows do not re-render when the screen does.
  const rowActions = useMemo<RowActions>(
    () => ({
      onEdit: (trip) =>
        setDialog({ kind: 'form', initial: formFromBody(trip, trip.date, true), editing: trip }),
      onDuplicate: (trip) => setDialog({ kind: 'form', initial: formFromBody(trip, today()) }),
      onSaveCommute: (trip) => setDialog({ kind: 'saveCommute', trip }),
      onDelete: (trip) => void remove(trip),
    }),
    [remove],
  )

  const { totals } = list
  return (
    <Page
      title={t('title')}
      description={t('description')}
      actions={
        <>
          <button
            type="button"
            className="primary"
            onClick={openNew}
            aria-keyshortcuts="Control+N Meta+N"
          >
            {t('actions.new')}
          </button>
          <button type="button" onClick={repeatLast} disabled={!lastTrip}>
            {t('actions.repeatLast')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'bulk' })}>
            {t('actions.bulk')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'import' })}>
            {t('actions.import')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'bills' })}>
            {t('actions.importBills')}
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'export' })}>
            {t('actions.export')}
          </button>
        </>
      }
    >
      <section className="card trip-commutes" aria-labelledby="trip-commutes-title">
        <div className="trip-commutes-head">
          <h2 id="trip-commutes-title">{t('commutes.title')}</h2>
          {templates && templates.length > 0 && (
            <button
              type="button"
              className="trip-link"
              onClick={() => setDialog({ kind: 'manage' })}
            >
              {t('commutes.manage')}
            </button>
          )}
        </div>
        {templates?.length === 0 && <p className="muted">{t('commutes.empty')}</p>}
        {templates && templates.length > 0 && (
          <ul className="trip-commute-buttons">
            {templates.map((c, i) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="trip-commute"
                  onClick={() => void logCommute(c)}
                  title={t('commutes.log', { name: c.name })}
                  aria-keyshortcuts={i < 9 ? `Control+${i + 1} Meta+${i + 1}` : undefined}
                >
                  <span className="trip-commute-name">{c.name}</span>
                  {i < 9 && <kbd>{formatShortcut(`Mod+${i + 1}`)}</kbd>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <InvoiceDue />

      <Filters filter={filter} onChange={setFilter} cards={cards ?? []} />

      <p
        className="trip-totals"
        aria-label={t('totals.label')}
        data-testid="trip-totals"
        aria-live="polite"
        aria-busy={list.trips !== undefined && !list.complete}
      >
        <strong>{t('totals.trips', { count: totals.trips })}</strong>
        <span>{t('totals.fare', { fare: formatFen(totals.fareFen) })}</span>
        <span>{t('totals.time', { time: formatDuration(t, totals.minutes) })}</span>
        {totals.untimed > 0 && (
          <span className="muted">{t('totals.untimed', { count: totals.untimed })}</span>
        )}
        {list.trips !== undefined && !list.complete && (
          <span className="muted">{t('totals.reading')}</span>
        )}
      </p>

      {list.trips === undefined ? (
        <p className="loading">{t('list.loading')}</p>
      ) : list.rows.length === 0 ? (
        <p className="muted trip-empty">
          {list.trips.length === 0 ? t('list.empty') : t('list.emptyFiltered')}
        </p>
      ) : (
        <TripList rows={list.rows} actions={rowActions} />
      )}

      {dialog?.kind === 'form' && (
        <Modal
          title={dialog.editing ? t('form.titleEdit') : t('form.titleNew')}
          onClose={close}
          className="trips-dialog"
          testId="trip-form-dialog"
        >
          <TripFormView
            initial={dialog.initial}
            editing={dialog.editing}
            onCancel={close}
            onSaved={(trip) => {
              toast.show({ message: t('form.saved', { date: trip.date }) })
              close()
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'bulk' && <BulkDialog templates={templates ?? []} onClose={close} />}
      {dialog?.kind === 'import' && <ImportDialog onClose={close} />}
      {dialog?.kind === 'bills' && <BillImportDialog onClose={close} />}
      {dialog?.kind === 'export' && (
        <ExportDialog from={filter.from} to={filter.to} onClose={close} />
      )}
      {dialog?.kind === 'saveCommute' && <SaveCommuteDialog trip={dialog.trip} onClose={close} />}
      {dialog?.kind === 'manage' && (
        <ManageCommutesDialog templates={templates ?? []} onClose={close} />
      )}
    </Page>
  )
}
