// A labelled form row with its message next to the field (form-grid: label | control + message).
import type { ReactNode } from 'react'

export function controlProps(id: string, error: string | undefined) {
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  }
}

export function Field(props: {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactNode
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <div className="medical-control">
        {props.children}
        {props.hint && !props.error && <span className="muted medical-hint">{props.hint}</span>}
        {props.error && (
          <span id={`${props.id}-error`} className="field-error" role="alert">
            {props.error}
          </span>
        )}
      </div>
    </>
  )
}

/** Moves focus to the first field (in form order) that has a message, so it is read out. */
export function focusFirstError(
  prefix: string,
  order: readonly string[],
  errors: Record<string, string>,
) {
  const first = order.find((f) => errors[f] !== undefined)
  if (first) document.getElementById(`${prefix}-${first}`)?.focus()
}
