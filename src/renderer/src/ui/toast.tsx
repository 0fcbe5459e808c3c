import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'

export interface ToastOptions {
  message: string
  action?: { label: string; onClick: () => void }
  /** How long it stays; 10 s for an undo. */
  timeoutMs?: number
}

interface ToastItem extends ToastOptions {
  id: number
}

const ToastContext = createContext<{ show(t: ToastOptions): void } | null>(null)

/**
 * One message. Its time runs only while it is neither hovered nor holds the focus (WCAG 2.2.1:
 * someone reaching for "undo" is not cut off); the timer is cleared when it goes.
 */
function Toast({ item, dismiss }: { item: ToastItem; dismiss: (id: number) => void }) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const left = useRef(item.timeoutMs ?? 5000)
  const paused = hovered || focused
  useEffect(() => {
    if (paused) return
    const started = Date.now()
    const id = setTimeout(() => dismiss(item.id), left.current)
    return () => {
      clearTimeout(id)
      left.current -= Date.now() - started
    }
  }, [paused, dismiss, item.id])
  return (
    <div
      className="toast"
      data-paused={paused || undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false)
      }}
    >
      <span>{item.message}</span>
      {item.action && (
        <button
          type="button"
          onClick={() => {
            item.action?.onClick()
            dismiss(item.id)
          }}
        >
          {item.action.label}
        </button>
      )}
    </div>
  )
}

/** Short messages at the bottom of the window, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const next = useRef(1)
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((i) => i.id !== id)), [])
  const show = useCallback((t: ToastOptions) => {
    const id = next.current++
    setItems((all) => [...all, { ...t, id }])
  }, [])
  const value = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((item) => (
          <Toast key={item.id} item={item} dismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useToast(): { show(t: ToastOptions): void } {
  const ctx = useContext(ToastContext)
  if (!ctx) throw new Error('useToast outside ToastProvider')
  return ctx
}
