// Settings → help: the shortcuts, About and the palette, for those who do not know the keys.
import { useTranslation } from 'react-i18next'
import { runCommand } from '@renderer/app/commands'

export function HelpSection() {
  const { t } = useTranslation('palette')
  return (
    <section className="card" aria-labelledby="settings-help">
      <h2 id="settings-help">{t('help.title')}</h2>
      <div className="row">
        <button type="button" onClick={() => runCommand('showShortcuts')}>
          {t('help.shortcuts')}
        </button>
        <button type="button" onClick={() => runCommand('showAbout')}>
          {t('help.about')}
        </button>
        <button type="button" onClick={() => runCommand('commandPalette')}>
          {t('commands.commandPalette')}
        </button>
      </div>
    </section>
  )
}
