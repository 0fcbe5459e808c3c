import { useEffect, useState } from 'react'
import { whenReady } from './ready'

/**
 * False until the first screen is interactive. Reads the first screen can do without (the user's
 * own figures over a long log) wait for it, so they never hold up the start.
 */
export function useInteractive(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    void whenReady().then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])
  return ready
}
