// Warns before a session ends for want of use, lets the person stay signed in (WCAG 2.2.1), and keeps what was typed
// when it ends anyway: the page's forms are kept in this browser tab (sessionStorage, never sent anywhere) and put back
// after signing in again. The time of last use is shared by the tabs of one browser, so one busy tab keeps the others.
const WARN_BEFORE_MS = 2 * 60 * 1000
const TICK_MS = 5 * 1000
const LAST_USE = 'frontdoor-last-use'
const KEPT = 'frontdoor-kept-form'
const KEPT_READY = 'frontdoor-kept-form-ready' // set by the sign-in page the kept form leads to
const KEPT_FOR_MS = 60 * 60 * 1000 // a draft older than this is not put back

const now = () => Date.now()
const lastUse = () => Number(localStorage.getItem(LAST_USE)) || now()
const markUse = () => localStorage.setItem(LAST_USE, String(now()))
const here = () => location.pathname + location.search

// A password field, also while its "Show" button shows it as text.
const isPassword = (field) => field.type === 'password' || /password/.test(field.getAttribute('autocomplete') ?? '')

// The values typed into the page's forms (never tokens or passwords), by form and field; a form with
// nothing of that kind (changing a password) is not kept, so nothing leads back to it after signing in.
function typedValues () {
  const forms = []
  for (const form of document.querySelectorAll('main form[method="post"]')) {
    const fields = []
    for (const field of form.elements) {
      if (!field.name || field.type === 'hidden' || isPassword(field) || field.type === 'submit') continue
      if (field.type === 'checkbox' || field.type === 'radio') {
        fields.push({ name: field.name, value: field.value, checked: field.checked })
      } else {
        fields.push({ name: field.name, value: field.value })
      }
    }
    if (fields.length > 0) forms.push({ action: form.getAttribute('action'), fields })
  }
  return forms
}

export function keepTyped (path = here()) {
  const forms = typedValues()
  if (forms.length === 0) return
  sessionStorage.setItem(KEPT, JSON.stringify({ path, at: now(), forms }))
}

// After signing in again: puts back what was kept for this page, once, and says so. Otherwise what was kept is
// dropped: the form it came from was sent and answered.
function putBackOrDrop () {
  const kept = JSON.parse(sessionStorage.getItem(KEPT) || 'null')
  const afterSignIn = sessionStorage.getItem(KEPT_READY) === '1'
  sessionStorage.removeItem(KEPT)
  sessionStorage.removeItem(KEPT_READY)
  if (!kept || !afterSignIn || kept.path !== here() || now() - kept.at > KEPT_FOR_MS) return
  for (const saved of kept.forms) {
    const form = document.querySelector(`main form[action="${CSS.escape(saved.action)}"]`)
    if (!form) continue
    for (const field of saved.fields) {
      for (const element of form.querySelectorAll(`[name="${CSS.escape(field.name)}"]`)) {
        if (element.type === 'checkbox' || element.type === 'radio') {
          if (element.value === field.value) element.checked = field.checked
        } else if (element.type !== 'hidden') {
          element.value = field.value
        }
      }
    }
  }
  const banner = document.getElementById('kept-typing')
  if (banner) banner.hidden = false
}

function startWarning (box) {
  const idleMs = Number(box.dataset.idleSeconds) * 1000
  const dialog = document.getElementById('timeout-warning')
  const left = document.getElementById('timeout-left')
  const csrf = document.querySelector('.frontdoor-sign-out input[name="csrf_token"]')?.value
  let warned = false

  const minutesLeft = (ms) => {
    const minutes = Math.max(1, Math.ceil(ms / 60000))
    return minutes === 1 ? '1 minute' : `${minutes} minutes`
  }
  const stay = async () => {
    dialog.close()
    warned = false
    const body = new URLSearchParams({ csrf_token: csrf ?? '' })
    const response = await fetch('/session/keep-alive', { method: 'POST', body, credentials: 'same-origin' })
    if (response.ok) markUse()
  }
  document.getElementById('timeout-stay').addEventListener('click', stay)
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); stay() })

  setInterval(() => {
    const remaining = idleMs - (now() - lastUse())
    if (remaining <= 0) {
      keepTyped()
      location.assign(`/sign-in?timed_out=1&return_to=${encodeURIComponent(here())}`)
      return
    }
    if (remaining <= WARN_BEFORE_MS) {
      left.textContent = minutesLeft(remaining)
      if (!warned) {
        warned = true
        dialog.showModal()
      }
    } else if (warned) {
      // Another tab was used: this one stays signed in too.
      warned = false
      dialog.close()
    }
  }, TICK_MS)
}

export function initSessionTimeout () {
  const box = document.getElementById('session-timeout')
  if (box) {
    markUse()
    startWarning(box)
    putBackOrDrop()
    // A form sent after the session has already ended (a laptop asleep) comes back to sign-in: keep it on the way.
    for (const form of document.querySelectorAll('main form[method="post"]')) {
      form.addEventListener('submit', () => keepTyped())
    }
    return
  }
  // The sign-in page: after signing in, go back to the page whose typing was kept.
  const kept = JSON.parse(sessionStorage.getItem(KEPT) || 'null')
  const returnTo = document.querySelector('form[action="/sign-in"] input[name="return_to"]')
  if (kept && returnTo && now() - kept.at <= KEPT_FOR_MS) {
    if (returnTo.value === '' || returnTo.value === '/') returnTo.value = kept.path
    sessionStorage.setItem(KEPT_READY, '1')
  }
}
