import {
  createContext,
  useCallback,
  useContext,
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

/** Short messages at the bottom of the window, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const next = useRef(1)
  const dismiss = useCallback((id: number) => setItems((all) => all.filter((i) => i.id !== id)), [])
  const show = useCallback(
    (t: ToastOptions) => {
      const id = next.current++
      setItems((all) => [...all, { ...t, id }])
      setTimeout(() => dismiss(id), t.timeoutMs ?? 5000)
    },
    [dismiss],
  )
  const value = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((item) => (
          <div key={item.id} className="toast">
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
