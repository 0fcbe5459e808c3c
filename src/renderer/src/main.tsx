import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { ErrorBoundary } from './app/error-boundary'
import { initI18n } from './app/i18n'
import { applyTheme } from './app/theme'
import { runStartupTasks } from './app/startup'
import { getSetting } from './db/settings'
import './app/styles.css'

async function boot(): Promise<void> {
  const [language, theme] = await Promise.all([getSetting('language'), getSetting('theme')])
  applyTheme(theme)
  await initI18n(language)
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
  runStartupTasks()
}

void boot()
