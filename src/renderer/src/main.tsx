import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { preloadScreen } from './app/layout'
import { parseHash } from './app/router'
import { ErrorBoundary } from './app/error-boundary'
import { initI18n } from './app/i18n'
import { applyTheme } from './app/theme'
import { runStartupTasks } from './app/startup'
import { whenReady } from './app/ready'
import { readFirstRenderSettings } from './db/settings'
import './app/styles.css'

async function boot(): Promise<void> {
  // The first screen's code loads while the database opens and the strings load, and is there
  // before the first render.
  const screen = preloadScreen(parseHash(window.location.hash).id)
  const { language, theme } = await readFirstRenderSettings()
  applyTheme(theme)
  await Promise.all([initI18n(language), screen])
  void whenReady().then(runStartupTasks)
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
}

/** Without a database or translations nothing can render: say so in both languages. */
function bootFailed(error: unknown): void {
  console.error('HuJia Commute could not start', error)
  const root = document.getElementById('root') as HTMLElement
  const main = document.createElement('main')
  main.className = 'error-screen'
  main.setAttribute('role', 'alert')
  const h1 = document.createElement('h1')
  h1.textContent = '无法启动 · The app could not start'
  const p = document.createElement('p')
  p.textContent =
    '本地数据库无法打开，数据没有被改动。请关闭其他沪嘉通窗口后重试。 The local database could not be opened; nothing was changed. Close other HuJia Commute windows and try again.'
  const pre = document.createElement('pre')
  pre.textContent = error instanceof Error ? error.message : String(error)
  main.append(h1, p, pre)
  root.replaceChildren(main)
}

boot().catch(bootFailed)
