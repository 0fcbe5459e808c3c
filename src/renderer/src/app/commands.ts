// The registry of commands: every screen and every action a user can run from the command
// palette (Ctrl/Cmd+K), a keyboard shortcut or the native menu. A feature registers its actions
// while it is mounted (useCommands); a later registration of the same id wins until it is
// removed, so a screen can take over a default (e.g. the trips screen's own "import trips").
//
// Shortcuts are written 'Mod+K', 'Mod+Shift+B', 'F1', '?': Mod is Cmd on macOS, Ctrl elsewhere.
// The shortcut listener (installed once by app/palette/palette-host.tsx) runs them; do not add another
// keydown listener for a registered shortcut.
import { useEffect, useSyncExternalStore } from 'react'
import type { MenuCommand } from '@shared/ipc/api'
import { navigate, ROUTES, type RouteId } from './router'

export interface Command {
  /** Unique id. The native menu's commands use their MenuCommand names (backupNow, showAbout …). */
  id: string
  /** i18n key with its namespace, e.g. 'common:nav.trips' or 'palette:commands.backupNow'. */
  label: string
  group: 'screen' | 'action'
  /** Keys that run it; the first is the one shown in the palette. */
  shortcuts?: string[]
  /** The one of `shortcuts` the native menu owns in Electron (its accelerator): the page skips it. */
  menuAccelerator?: string
  run: () => void | Promise<void>
}

const stacks = new Map<string, Command[]>()
const listeners = new Set<() => void>()
let snapshot: Command[] = []

function changed(): void {
  snapshot = [...stacks.values()].map((s) => s[s.length - 1]!).filter(Boolean)
  for (const l of listeners) l()
}

/** Adds commands; returns the function that removes exactly these registrations. */
export function registerCommands(commands: readonly Command[]): () => void {
  for (const c of commands) {
    const stack = stacks.get(c.id) ?? []
    stack.push(c)
    stacks.set(c.id, stack)
  }
  changed()
  return () => {
    for (const c of commands) {
      const stack = stacks.get(c.id)
      if (!stack) continue
      const i = stack.lastIndexOf(c)
      if (i !== -1) stack.splice(i, 1)
      if (stack.length === 0) stacks.delete(c.id)
    }
    changed()
  }
}

export function getCommands(): Command[] {
  return snapshot
}

export function getCommand(id: string): Command | undefined {
  const stack = stacks.get(id)
  return stack?.[stack.length - 1]
}

/** Runs a command by id; false when no command has that id. */
export function runCommand(id: string): boolean {
  const c = getCommand(id)
  if (!c) return false
  void Promise.resolve()
    .then(() => c.run())
    .catch((e: unknown) => console.error(`command ${id} failed`, e))
  return true
}

function subscribe(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** Every registered command (the newest registration of each id), live. */
export function useCommandList(): Command[] {
  return useSyncExternalStore(subscribe, getCommands)
}

/** Registers commands while the calling component is mounted. Pass a memoised array. */
export function useCommands(commands: readonly Command[]): void {
  useEffect(() => registerCommands(commands), [commands])
}

// ── shortcuts ────────────────────────────────────────────────────────────────────────────────

export const isMac = (): boolean =>
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

interface ParsedShortcut {
  mod: boolean
  shift: boolean
  alt: boolean
  key: string
}

function parse(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+')
  const key = parts.pop() ?? ''
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  }
}

/** Whether a key event is this shortcut. A printable key without Mod ('?') ignores Shift. */
export function matchesShortcut(
  e: KeyboardEvent,
  shortcut: string,
  mac: boolean = isMac(),
): boolean {
  const s = parse(shortcut)
  const mod = mac ? e.metaKey : e.ctrlKey
  const other = mac ? e.ctrlKey : e.metaKey
  if (mod !== s.mod || other || e.altKey !== s.alt) return false
  const printable = s.key.length === 1 && !/[a-z0-9]/i.test(s.key)
  if (!printable && e.shiftKey !== s.shift) return false
  return e.key.toLowerCase() === s.key.toLowerCase()
}

/** 'Mod+Shift+B' → '⌘⇧B' on macOS, 'Ctrl+Shift+B' elsewhere. */
export function formatShortcut(shortcut: string, mac: boolean = isMac()): string {
  const s = parse(shortcut)
  if (mac)
    return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.key.toUpperCase()}`
  return [
    s.mod && 'Ctrl',
    s.alt && 'Alt',
    s.shift && 'Shift',
    s.key.length === 1 ? s.key.toUpperCase() : s.key,
  ]
    .filter(Boolean)
    .join('+')
}

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}

/**
 * The global keydown handler: runs the command whose shortcut matches. Shortcuts without a
 * modifier (F-keys aside) are ignored while typing in a field, so '?' can still be typed.
 */
export function handleShortcutKey(e: KeyboardEvent, electron: boolean): void {
  if (e.defaultPrevented || e.isComposing) return
  for (const c of snapshot) {
    const shortcut = c.shortcuts?.find((s) => matchesShortcut(e, s))
    if (!shortcut) continue
    if (electron && c.menuAccelerator === shortcut) return
    const bare = !shortcut.includes('Mod') && !/^F\d+$/.test(shortcut)
    if (bare && typingInField(e.target)) return
    e.preventDefault()
    runCommand(c.id)
    return
  }
}

// ── commands every build has ─────────────────────────────────────────────────────────────────

/** One "go to" command per screen. */
export const SCREEN_COMMANDS: Command[] = ROUTES.map((route: RouteId) => ({
  id: `go.${route}`,
  label: `common:nav.${route}`,
  group: 'screen' as const,
  run: () => navigate(route),
}))

/**
 * Defaults for commands that belong to the trips screen, so they work from every screen: open it
 * with an action parameter (#/trips?action=import, ?action=commute&n=2). While mounted, the trips
 * screen registers the same ids itself and acts directly.
 */
const TRIP_MENU_DEFAULTS: Command[] = [
  {
    id: 'trips.new',
    label: 'trips:commands.new',
    group: 'action',
    shortcuts: ['Mod+N'],
    run: () => navigate('trips', { action: 'new' }),
  },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): Command => ({
    id: `trips.commute.${n}`,
    label: `trips:commands.commute${n}`,
    group: 'action',
    shortcuts: [`Mod+${n}`],
    run: () => navigate('trips', { action: 'commute', n: String(n) }),
  })),
  {
    id: 'importTrips' satisfies MenuCommand,
    label: 'palette:commands.importTrips',
    group: 'action',
    shortcuts: ['Mod+I'],
    menuAccelerator: 'Mod+I',
    run: () => navigate('trips', { action: 'import' }),
  },
  {
    id: 'exportTrips' satisfies MenuCommand,
    label: 'palette:commands.exportTrips',
    group: 'action',
    shortcuts: ['Mod+E'],
    menuAccelerator: 'Mod+E',
    run: () => navigate('trips', { action: 'export' }),
  },
  {
    id: 'showSources' satisfies MenuCommand,
    label: 'palette:commands.showSources',
    group: 'action',
    run: () => navigate('sources'),
  },
]

registerCommands([...SCREEN_COMMANDS, ...TRIP_MENU_DEFAULTS])
