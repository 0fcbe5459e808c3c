import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import './modal.css'

/** Lets a form inside a Modal say it holds input that closing would lose. */
const UnsavedContext = createContext<(unsaved: boolean) => void>(() => {})

/**
 * Marks the surrounding Modal as holding unsaved input while `unsaved` is true: Esc, the close
 * button and a click on the dimmed area then ask before closing instead of dropping it.
 */
export function useUnsavedInput(unsaved: boolean): void {
  const mark = useContext(UnsavedContext)
  useEffect(() => {
    mark(unsaved)
    return () => mark(false)
  }, [mark, unsaved])
}

/**
 * A modal <dialog>: the browser traps focus and returns it to where it was. Rendered only while
 * open; `onClose` runs however it closes. Esc, the close button and the backdrop call `onClose` at
 * once rather than waiting for the dialog's `close` event, which the browser queues: a key pressed
 * in between (F1, Esc, ? quickly) must see the dialog as closed. With unsaved input (see
 * useUnsavedInput) they ask first. Only a click that both starts and ends on the backdrop counts:
 * selecting text in a field and releasing the mouse outside the dialog is not a click outside.
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
  const unsaved = useRef(false)
  const [markUnsaved] = useState(() => (value: boolean) => {
    unsaved.current = value
  })
  const [asking, setAskingState] = useState(false)
  const askingRef = useRef(false)
  const [setAsking] = useState(() => (value: boolean) => {
    askingRef.current = value
    setAskingState(value)
  })
  const pressedOnBackdrop = useRef(false)
  const keepRef = useRef<HTMLButtonElement>(null)

  // Close, or ask first when there is unsaved input; asked already, Esc means "keep editing".
  const [requestClose] = useState(() => () => {
    if (askingRef.current) setAsking(false)
    else if (unsaved.current) setAsking(true)
    else onClose.current()
  })

  useEffect(() => {
    if (asking) keepRef.current?.focus()
  }, [asking])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    const closed = () => onClose.current()
    // Esc is taken at keydown, before the browser turns it into a close request (which it may
    // refuse to let the page cancel a second time).
    const keydown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      e.preventDefault()
      requestClose()
    }
    const cancel = (e: Event) => {
      e.preventDefault()
      requestClose()
    }
    dialog.addEventListener('close', closed)
    dialog.addEventListener('cancel', cancel)
    dialog.addEventListener('keydown', keydown)
    return () => {
      dialog.removeEventListener('close', closed)
      dialog.removeEventListener('cancel', cancel)
      dialog.removeEventListener('keydown', keydown)
      if (dialog.open) dialog.close()
      opener?.focus?.()
    }
  }, [requestClose])

  return (
    <dialog
      ref={ref}
      className={`modal ${props.className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={props.testId}
      onPointerDown={(e) => {
        pressedOnBackdrop.current = e.target === ref.current
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        const onBackdrop = e.target === ref.current && pressedOnBackdrop.current
        pressedOnBackdrop.current = false
        if (onBackdrop) requestClose()
      }}
    >
      <div className="modal-body">
        <header className="modal-header">
          <h2 id={titleId} className={props.hideTitle ? 'visually-hidden' : undefined}>
            {props.title}
          </h2>
          {!props.hideTitle && (
            <button type="button" className="modal-close" onClick={() => requestClose()}>
              {t('actions.close')}
            </button>
          )}
        </header>
        {asking && (
          <div className="modal-unsaved warning" role="alert">
            <p>{t('modal.unsaved')}</p>
            <div className="row">
              <button
                ref={keepRef}
                type="button"
                className="primary"
                onClick={() => setAsking(false)}
              >
                {t('modal.keepEditing')}
              </button>
              <button type="button" className="danger" onClick={() => onClose.current()}>
                {t('modal.discard')}
              </button>
            </div>
          </div>
        )}
        <UnsavedContext.Provider value={markUnsaved}>{props.children}</UnsavedContext.Provider>
      </div>
    </dialog>
  )
}
