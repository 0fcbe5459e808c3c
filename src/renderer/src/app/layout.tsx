import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { hrefFor, useRoute, type RouteId } from './router'
import { markInteractive } from './ready'
import { Icon } from '@renderer/ui/icon'
import TransitScreen from '@renderer/features/transit'
import { SourcesProvider } from '@renderer/features/datapack/section-sources'

// The home screen (transit, where the app opens) is part of the first bundle, so a start fetches
// and runs its code with the shell's in one round. The other screens load when first opened.
const loaders: Record<RouteId, () => Promise<{ default: ComponentType }>> = {
  transit: () => Promise.resolve({ default: TransitScreen }),
  medical: () => import('@renderer/features/medical'),
  hospitals: () => import('@renderer/features/hospitals'),
  trips: () => import('@renderer/features/trips'),
  stats: () => import('@renderer/features/stats'),
  settings: () => import('@renderer/features/settings'),
  sources: () => import('@renderer/features/datapack/sources-screen'),
}

// Screens whose code has arrived. A lazy component suspends for one render pass even when its
// module is already loaded; a loaded screen renders directly instead.
const loaded: Partial<Record<RouteId, ComponentType>> = { transit: TransitScreen }

function load(id: RouteId): Promise<{ default: ComponentType }> {
  return loaders[id]().then((m) => {
    loaded[id] = m.default
    return m
  })
}

const screens = Object.fromEntries(
  (Object.keys(loaders) as RouteId[]).map((id) => [id, lazy(() => load(id))]),
) as Record<RouteId, LazyExoticComponent<ComponentType>>

/**
 * Fetches a screen's code early (main.tsx: the screen in the URL, while the database opens).
 * Never rejects: a failure surfaces, with its message, when the screen renders.
 */
export function preloadScreen(id: RouteId): Promise<void> {
  return load(id).then(
    () => undefined,
    () => undefined,
  )
}

/** The screen for a route: direct when loaded, lazy otherwise; the choice holds for its visit. */
function Screen({ id }: { id: RouteId }) {
  const [Component] = useState(() => loaded[id] ?? screens[id])
  return <Component />
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
          <SourcesProvider>
            <Screen key={route.id} id={route.id} />
          </SourcesProvider>
          <ScreenReady />
        </Suspense>
      </main>
    </div>
  )
}
