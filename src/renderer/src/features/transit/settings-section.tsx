/** This area's part of the Settings screen (filled in by the transit feature). */
export default function SettingsSection() {
  return null
}
