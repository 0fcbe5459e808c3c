// My cards and codes: add, edit and delete the cards and ride codes the user carries. Each is a
// pack card type with a nickname and an optional note; the trip log offers them as leg payment.
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserCard } from '@shared/cards/schema'
import type { CardType } from '@shared/pack'
import {
  addCard,
  cardUsage,
  CardValidationError,
  deleteCard,
  restoreCard,
  updateCard,
  type CardInput,
} from '@renderer/db/cards'
import { useToast } from '@renderer/ui/toast'
import { SourceBadge } from '@renderer/features/datapack/source-badge'
import { usePick } from '@renderer/ui/pack-text'
import { Field, useFocusFirstInvalid } from '@renderer/ui/field'
import { Form } from '@renderer/ui/form'

const SIDES: CardType['side'][] = ['shanghai', 'jiaxing', 'national']
const EMPTY: CardInput = { typeId: '', nickname: '', note: '' }

type Errors = Partial<Record<keyof CardInput, string>>

function CardForm(props: { types: CardType[]; editing: UserCard | null; onDone: () => void }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const toast = useToast()
  const id = useId()
  const [input, setInput] = useState<CardInput>(
    props.editing
      ? { typeId: props.editing.typeId, nickname: props.editing.nickname, note: props.editing.note }
      : EMPTY,
  )
  const [errors, setErrors] = useState<Errors>({})
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(form, errors)
  const chosen = props.types.find((c) => c.id === input.typeId)
  const typeGone = props.editing !== null && input.typeId === props.editing.typeId && !chosen

  const submit = async () => {
    try {
      if (props.editing) await updateCard(props.editing.id, input)
      else await addCard(input)
      toast.show({
        message: t(props.editing ? 'cards.saved' : 'cards.added', { name: input.nickname.trim() }),
      })
      props.onDone()
    } catch (err) {
      if (!(err instanceof CardValidationError)) throw err
      setErrors(err.errors)
    }
  }

  const error = (name: keyof CardInput) =>
    errors[name] ? t(errors[name], { ns: 'common' }) : undefined

  return (
    <Form
      ref={form}
      className="card transit-card-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t(props.editing ? 'cards.editTitle' : 'cards.addTitle')}</h3>
      <div className="form-grid">
        <Field id={`${id}-typeId`} label={t('cards.type')} error={error('typeId')}>
          {(c) => (
            <>
              <select
                {...c}
                autoFocus
                value={input.typeId}
                onChange={(e) => setInput({ ...input, typeId: e.target.value })}
              >
                <option value="">{t('cards.choose')}</option>
                {typeGone && <option value={input.typeId}>{t('cards.typeGoneOption')}</option>}
                {SIDES.map((side) => {
                  const types = props.types.filter((x) => x.side === side)
                  if (types.length === 0) return null
                  return (
                    <optgroup key={side} label={t(`cardSide.${side}`)}>
                      {types.map((x) => (
                        <option key={x.id} value={x.id}>
                          {pick(x.name)}
                        </option>
                      ))}
                    </optgroup>
                  )
                })}
              </select>
              {chosen && (
                <p className="muted transit-hint">
                  {t(`cardKind.${chosen.kind}`)} · {pick(chosen.issuer)} ·{' '}
                  {t(`standard.${chosen.standard}`)} <SourceBadge ids={chosen.sourceIds} />
                </p>
              )}
            </>
          )}
        </Field>
        <Field id={`${id}-nickname`} label={t('cards.nickname')} error={error('nickname')}>
          {(c) => (
            <input
              {...c}
              value={input.nickname}
              maxLength={40}
              placeholder={t('cards.nicknamePlaceholder')}
              onChange={(e) => setInput({ ...input, nickname: e.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-note`} label={t('cards.note')} error={error('note')}>
          {(c) => (
            <textarea
              {...c}
              value={input.note}
              rows={2}
              maxLength={500}
              onChange={(e) => setInput({ ...input, note: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="row transit-form-actions">
        <button type="submit" className="primary">
          {t('common:actions.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </Form>
  )
}

export function CardsView(props: { cards: UserCard[]; types: CardType[] }) {
  const { t } = useTranslation('transit')
  const pick = usePick()
  const toast = useToast()
  const [form, setForm] = useState<{ editing: UserCard | null } | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // Back to the add button once the form closes, so keyboard users are not dropped to the top.
  const closeForm = () => {
    setForm(null)
    setTimeout(() => addButton.current?.focus(), 0)
  }
  const types = new Map(props.types.map((c) => [c.id, c]))

  const remove = async (card: UserCard) => {
    const usage = await cardUsage(card.id)
    const removed = await deleteCard(card.id)
    if (!removed) return
    const used = usage.trips + usage.templates
    toast.show({
      message:
        used > 0
          ? t('cards.deletedUsed', {
              name: card.nickname,
              trips: usage.trips,
              templates: usage.templates,
            })
          : t('cards.deleted', { name: card.nickname }),
      action: { label: t('common:actions.undo'), onClick: () => void restoreCard(removed) },
      timeoutMs: 10_000,
    })
  }

  return (
    <section aria-labelledby="transit-cards-title">
      <div className="transit-section-head">
        <h2 id="transit-cards-title">{t('cards.title')}</h2>
        {!form && (
          <button
            ref={addButton}
            type="button"
            className="primary"
            onClick={() => setForm({ editing: null })}
          >
            {t('cards.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('cards.intro')}</p>
      {form && (
        <CardForm
          key={form.editing?.id ?? 'new'}
          types={props.types}
          editing={form.editing}
          onDone={closeForm}
        />
      )}
      {props.cards.length === 0 ? (
        <p className="notice">{t('cards.empty')}</p>
      ) : (
        <table className="table transit-cards-table">
          <thead>
            <tr>
              <th scope="col">{t('cards.nickname')}</th>
              <th scope="col">{t('cards.type')}</th>
              <th scope="col">{t('cards.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cards.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.cards.map((card) => {
              const type = types.get(card.typeId)
              return (
                <tr key={card.id} id={`transit-card-${card.id}`}>
                  <th scope="row">{card.nickname}</th>
                  <td>
                    {type ? (
                      <>
                        {pick(type.name)} <span className="chip">{t(`cardKind.${type.kind}`)}</span>
                      </>
                    ) : (
                      <span className="warning transit-inline-warning">{t('cards.typeGone')}</span>
                    )}
                  </td>
                  <td>{card.note || <span className="muted">—</span>}</td>
                  <td className="transit-row-actions">
                    <button
                      type="button"
                      onClick={() => setForm({ editing: card })}
                      aria-label={t('cards.editNamed', { name: card.nickname })}
                    >
                      {t('common:actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(card)}
                      aria-label={t('cards.deleteNamed', { name: card.nickname })}
                    >
                      {t('common:actions.delete')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
