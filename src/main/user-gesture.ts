// A link leaves the app only just after the user clicked or pressed a key in the window, once per
// gesture: the page cannot open the system browser on its own, and a compromised page cannot open
// tab after tab. Main sees the window's input events before the page does, so the page cannot
// fake one. The window matches Chromium's transient user activation (5 s).
export const GESTURE_MS = 5_000

const ACTIVATING = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'gestureTap',
  'touchEnd',
  'pointerDown',
  'pointerUp',
])

export class GestureGate {
  private last = Number.NEGATIVE_INFINITY

  /** Records an input event of the window (webContents 'input-event'). */
  note(type: string, now: number): void {
    if (ACTIVATING.has(type)) this.last = now
  }

  /** True when a gesture happened in the last GESTURE_MS and was not used yet; uses it. */
  take(now: number): boolean {
    if (now < this.last || now - this.last > GESTURE_MS) return false
    this.last = Number.NEGATIVE_INFINITY
    return true
  }
}
