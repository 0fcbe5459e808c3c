// Saving a trip as a commute, and arranging the saved ones (their order sets Ctrl/Cmd+1…9).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal, useUnsavedInput } from '@renderer/ui/modal'
import { Field } from '@renderer/ui/field'
import { useToast } from '@renderer/ui/toast'
import { Form } from '@renderer/ui/form'
import {
  addTemplate,
  deleteTemplate,
  moveTemplate,
  renameTemplate,
  restoreTemplate,
  TemplateValidationError,
} from '@renderer/db/templates'
import { issuesByPath } from '@shared/trips/validate'
import type { CommuteTemplate, Trip } from '@shared/trips/schema'
import { useMessage } from './text'

/** "上班 · 莘庄→嘉兴" from the trip's direction and its first and last places. */
function suggestedName(trip: Trip, direction: string): string {
  const from = trip.legs[0]?.from
  const to = trip.legs[trip.legs.length - 1]?.to
  return from && to ? `${direction} · ${from}→${to}` : direction
}

export function SaveCommuteDialog(props: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation('trips')
  const toast = useToast()
  const [suggested] = useState(() =>
    suggestedName(props.trip, t(`direction.${props.trip.direction}`)),
  )

  return (
    <Modal title={t('commutes.saveTitle')} onClose={props.onClose} testId="save-commute-dialog">
      <SaveCommuteForm
        trip={props.trip}
        suggested={suggested}
        onSaved={(saved) => {
          toast.show({ message: t('commutes.saved', { name: saved }) })
          props.onClose()
        }}
        onCancel={props.onClose}
      />
    </Modal>
  )
}

/** Inside the Modal, so a typed name counts as unsaved input there. */
function SaveCommuteForm(props: {
  trip: Trip
  suggested: string
  onSaved: (name: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  const [name, setName] = useState(props.suggested)
  useUnsavedInput(name !== props.suggested)
  const [error, setError] = useState<string | null>(null)

  async function submit(): Promise<void> {
    try {
      const saved = await addTemplate(name, props.trip)
      props.onSaved(saved.name)
    } catch (e) {
      if (!(e instanceof TemplateValidationError)) throw e
      const byPath = issuesByPath(e.issues)
      setError(byPath.name ?? Object.values(byPath)[0] ?? 'validation.invalid')
    }
  }

  return (
    <Form onSubmit={submit}>
      <Field id="commute-name" label={t('commutes.name')} error={error ? msg(error) : undefined}>
        {(c) => (
          <input
            {...c}
            autoFocus
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <div className="row modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('actions.save')}
        </button>
      </div>
    </Form>
  )
}

function CommuteRow(props: { template: CommuteTemplate; index: number; count: number }) {
  const { t } = useTranslation('trips')
  const msg = useMessage()
  const toast = useToast()
  const { template: c, index } = props
  const [name, setName] = useState(c.name)
  const [error, setError] = useState<string | null>(null)
  const id = `commute-${c.id}`

  async function rename(): Promise<void> {
    if (name === c.name) return
    try {
      const r = await renameTemplate(c.id, name)
      setError(null)
      toast.show({ message: t('commutes.renamed', { name: r.name }) })
    } catch (e) {
      if (!(e instanceof TemplateValidationError)) throw e
      setError(issuesByPath(e.issues).name ?? 'validation.invalid')
    }
  }

  async function remove(): Promise<void> {
    const gone = await deleteTemplate(c.id)
    if (!gone) return
    toast.show({
      message: t('commutes.deleted', { name: gone.name }),
      action: { label: t('actions.undo'), onClick: () => void restoreTemplate(gone) },
      timeoutMs: 10_000,
    })
  }

  return (
    <li className="trip-commute-row">
      <span className="muted trip-commute-key">{index < 9 ? `${index + 1}` : ''}</span>
      <Field id={id} label={t('commutes.name')} labelHidden error={error ? msg(error) : undefined}>
        {(c) => (
          <input
            {...c}
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void rename()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void rename()
            }}
          />
        )}
      </Field>
      <button
        type="button"
        disabled={index === 0}
        onClick={() => void moveTemplate(c.id, -1)}
        aria-label={`${t('actions.moveUp')} ${c.name}`}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={index === props.count - 1}
        onClick={() => void moveTemplate(c.id, 1)}
        aria-label={`${t('actions.moveDown')} ${c.name}`}
      >
        ↓
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => void remove()}
        aria-label={`${t('actions.delete')} ${c.name}`}
      >
        {t('actions.delete')}
      </button>
    </li>
  )
}

export function ManageCommutesDialog(props: { templates: CommuteTemplate[]; onClose: () => void }) {
  const { t } = useTranslation('trips')
  return (
    <Modal
      title={t('commutes.manageTitle')}
      onClose={props.onClose}
      testId="manage-commutes-dialog"
    >
      {props.templates.length === 0 ? (
        <p className="muted">{t('commutes.empty')}</p>
      ) : (
        <ol className="trip-commute-list">
          {props.templates.map((c, i) => (
            <CommuteRow key={c.id} template={c} index={i} count={props.templates.length} />
          ))}
        </ol>
      )}
      <div className="row modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  )
}
