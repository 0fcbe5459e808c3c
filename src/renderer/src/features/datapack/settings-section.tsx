/** This area's part of the Settings screen (filled in by the datapack feature). */
export default function SettingsSection() {
  return null
}
