import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './modal.css'

/**
 * A modal <dialog>: the browser traps focus, closes on Esc and returns focus to where it was.
 * Rendered only while open; `onClose` runs however it closes. Esc, the close button and the
 * backdrop call `onClose` at once rather than waiting for the dialog's `close` event, which the
 * browser queues: a key pressed in between (F1, Esc, ? quickly) must see the dialog as closed.
 */
export function Modal(props: {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
  /** Hide the visible heading (the palette): it stays the dialog's accessible name. */
  hideTitle?: boolean
  testId?: string
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  // The latest onClose, so a parent's re-render does not reopen the dialog.
  const onClose = useRef(props.onClose)
  useEffect(() => {
    onClose.current = props.onClose
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    const closed = () => onClose.current()
    const cancel = (e: Event) => {
      e.preventDefault()
      onClose.current()
    }
    dialog.addEventListener('close', closed)
    dialog.addEventListener('cancel', cancel)
    return () => {
      dialog.removeEventListener('close', closed)
      dialog.removeEventListener('cancel', cancel)
      if (dialog.open) dialog.close()
      opener?.focus?.()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`modal ${props.className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={props.testId}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === ref.current) onClose.current()
      }}
    >
      <div className="modal-body">
        <header className="modal-header">
          <h2 id={titleId} className={props.hideTitle ? 'visually-hidden' : undefined}>
            {props.title}
          </h2>
          {!props.hideTitle && (
            <button type="button" className="modal-close" onClick={() => onClose.current()}>
              {t('actions.close')}
            </button>
          )}
        </header>
        {props.children}
      </div>
    </dialog>
  )
}
