// Checks what is typed in free-text fields for acronyms and jargon, and lists plainer words beside the field.
// A form's data-names ("Jayden Smith|Claire Smith") are the people it is about, whose names are never flagged.
const DELAY_MS = 600

function render (target, warnings) {
  target.replaceChildren()
  if (warnings.length === 0) return
  const list = document.createElement('ul')
  list.className = 'govuk-list govuk-body-s'
  for (const warning of warnings) {
    const item = document.createElement('li')
    item.textContent = warning.message
    list.append(item)
  }
  const heading = document.createElement('p')
  heading.className = 'govuk-body-s govuk-!-margin-bottom-1'
  heading.textContent = 'Check your wording:'
  target.append(heading, list)
}

export function initLanguageCheck (root = document) {
  for (const field of root.querySelectorAll('textarea[data-language-check]')) {
    const target = document.getElementById(field.dataset.languageCheck)
    const token = field.form?.querySelector('input[name="csrf_token"]')?.value
    if (!target || !token) continue
    let timer
    field.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(async () => {
        const body = new URLSearchParams({ csrf_token: token, text: field.value })
        // The names of the people on the form are never flagged ("JAYDEN" is not an acronym).
        for (const name of (field.form.dataset.names ?? '').split('|')) if (name) body.append('names', name)
        const response = await fetch('/language-check', { method: 'POST', body, credentials: 'same-origin' })
        if (response.ok) render(target, (await response.json()).warnings)
      }, DELAY_MS)
    })
  }
}
