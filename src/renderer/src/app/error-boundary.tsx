import { Component, type ErrorInfo, type ReactNode } from 'react'
import { i18n } from './i18n'
import { platform } from './platform'

interface State {
  error: Error | null
  exportMessage: string | null
}

/** Shows a readable message instead of a blank window, and offers to export the user's data. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, exportMessage: null }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('HuJia Commute crashed', error, info.componentStack)
  }

  private exportData = async () => {
    const t = i18n.t.bind(i18n)
    try {
      // Loaded here: the export code (zod, date-fns) is not needed unless the app has crashed.
      const [{ exportUserData }, { toDateString }] = await Promise.all([
        import('@renderer/db/user-data'),
        import('@shared/calendar/dates'),
      ])
      const doc = await exportUserData()
      const name = `hujia-data-${toDateString(new Date())}.json`
      await platform.saveFile(name, JSON.stringify(doc, null, 2), 'json')
      this.setState({ exportMessage: t('error.exported') })
    } catch (e) {
      this.setState({ exportMessage: t('error.exportFailed', { message: (e as Error).message }) })
    }
  }

  override render(): ReactNode {
    const { error, exportMessage } = this.state
    if (!error) return this.props.children
    const t = i18n.t.bind(i18n)
    return (
      <main className="error-screen" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <div className="row">
          <button type="button" className="primary" onClick={this.exportData}>
            {t('actions.exportData')}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </button>
        </div>
        {exportMessage && <p role="status">{exportMessage}</p>}
      </main>
    )
  }
}
