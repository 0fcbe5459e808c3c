// The "app interactive" marker: set once, when the first screen has rendered. Tests and the
// benchmark wait for it instead of sleeping.
let marked = false

export const READY_MARK = 'hujia:interactive'

export function markInteractive(): void {
  if (marked) return
  marked = true
  performance.mark(READY_MARK)
  document.documentElement.dataset['ready'] = 'true'
  window.dispatchEvent(new Event(READY_MARK))
}
