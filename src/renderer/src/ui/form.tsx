// A form the app checks itself: no browser validation (the messages come from the shared schemas
// and sit next to each field), and submitting runs `onSubmit` instead of reloading the page.
import type { ComponentProps } from 'react'

export function Form({
  onSubmit,
  ...props
}: Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'> & {
  onSubmit: () => unknown
}) {
  return (
    <form
      {...props}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void onSubmit()
      }}
    />
  )
}
