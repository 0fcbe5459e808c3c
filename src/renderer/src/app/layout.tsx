import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  type ComponentType,
  type LazyExoticComponent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { hrefFor, useRoute, type RouteId } from './router'
import { markInteractive } from './ready'
import { Icon } from '@renderer/ui/icon'

// Screens load lazily so the first paint carries only the shell and the screen in view.
const loaders: Record<RouteId, () => Promise<{ default: ComponentType }>> = {
  transit: () => import('@renderer/features/transit'),
  medical: () => import('@renderer/features/medical'),
  hospitals: () => import('@renderer/features/hospitals'),
  trips: () => import('@renderer/features/trips'),
  stats: () => import('@renderer/features/stats'),
  settings: () => import('@renderer/features/settings'),
  sources: () => import('@renderer/features/datapack/sources-screen'),
}

const screens = Object.fromEntries(
  Object.entries(loaders).map(([id, load]) => [id, lazy(load)]),
) as Record<RouteId, LazyExoticComponent<ComponentType>>

/** Starts fetching a screen's code early (main.tsx: the screen in the URL, while the database opens). */
export function preloadScreen(id: RouteId): void {
  void loaders[id]().catch(() => {}) // a failure surfaces, with its message, when the screen renders
}

const NAV: RouteId[] = ['transit', 'medical', 'hospitals', 'trips', 'stats', 'settings']

/** Rendered after the screen inside Suspense: the first time it mounts the app is interactive. */
function ScreenReady() {
  useEffect(() => markInteractive(), [])
  return null
}

export function Layout() {
  const { t } = useTranslation()
  const route = useRoute()
  const Screen = screens[route.id]
  const mainRef = useRef<HTMLElement>(null)
  const first = useRef(true)

  // Move focus to the new screen's heading on navigation (not on first load).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.title = `${t(`nav.${route.id}`)} · ${t('appName')}`
    const id = setTimeout(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus(), 50)
    return () => clearTimeout(id)
  }, [route.id, t])

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.label')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('appTagline')}</span>
        </div>
        <ul>
          {NAV.map((id) => (
            <li key={id}>
              <a
                href={hrefFor(id)}
                aria-current={route.id === id ? 'page' : undefined}
                className="nav-link"
              >
                <Icon name={id} />
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
        <a
          href={hrefFor('sources')}
          className="nav-link nav-secondary"
          aria-current={route.id === 'sources' ? 'page' : undefined}
        >
          <Icon name="sources" size={18} />
          {t('nav.sources')}
        </a>
      </nav>
      <main id="main" ref={mainRef} className="content">
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <Screen key={route.id} />
          <ScreenReady />
        </Suspense>
      </main>
    </div>
  )
}
