// Starts GOV.UK Frontend components and frontdoor's own scripts on every page.
import { initAll } from '/assets/govuk-frontend.min.js'
import { initLanguageCheck } from '/assets/language-check.js'
import { initSessionTimeout } from '/assets/session-timeout.js'

initAll()
initLanguageCheck()
initSessionTimeout()
