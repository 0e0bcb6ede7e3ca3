// Starts GOV.UK Frontend and MoJ Frontend components on every page.
import { initAll } from '/assets/govuk-frontend.min.js'

initAll()
