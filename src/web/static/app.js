// Starts GOV.UK Frontend components and frontdoor's own scripts on every page.
import { initAll } from '/assets/govuk-frontend.min.js'
import { initLanguageCheck } from '/assets/language-check.js'
import { initSessionTimeout } from '/assets/session-timeout.js'

initAll()
initLanguageCheck()
initSessionTimeout()

// A form's own key: when someone goes back to a form they saved, the browser puts back their
// answers but the page brings a new key. The key it was saved with is put back with them, so
// saving again opens what was saved (or, if they changed it, says so) rather than saving it twice.
const [navigation] = performance.getEntriesByType('navigation')
for (const key of document.querySelectorAll('input[name="submission_key"]')) {
  const slot = `submission_key ${location.pathname}${location.search}`
  const saved = sessionStorage.getItem(slot)
  if (saved && navigation && navigation.type === 'back_forward') key.value = saved
  key.form.addEventListener('submit', () => sessionStorage.setItem(slot, key.value))
}
