// A labelled form field: the label, the control, and beneath it the field's message (or else its
// hint), tied to the control for screen readers. The control is a render prop, so it always gets
// its id, aria-invalid and aria-describedby. In a .form-grid the label and the control sit side
// by side; elsewhere the label is above (app/styles.css).
import { useEffect, type ReactNode, type RefObject } from 'react'

export interface ControlProps {
  id: string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

export function Field(props: {
  id: string
  label: ReactNode
  /** The label is read by screen readers only (the row around says what the field is). */
  labelHidden?: boolean
  error?: string
  hint?: string
  /** Ids of other text that describes the control (a hint shared by several fields). */
  describedBy?: string
  className?: string
  children: (control: ControlProps) => ReactNode
}) {
  const { id, error, hint } = props
  const own = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  const described = [own, props.describedBy].filter(Boolean).join(' ') || undefined
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id} className={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )
      )}
    </div>
  )
}

/**
 * Once a submit's messages are on screen, moves focus to the first invalid control in `root`, so
 * it is read out. `errors` is the state holding the messages: a new set means a new submit.
 */
export function useFocusFirstInvalid(root: RefObject<HTMLElement | null>, errors: object): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return
    root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [root, errors])
}
