// Page JavaScript, loaded with type="module". Browsers that do not support modules get the
// pages without enhancement, which GOV.UK Frontend components are designed to handle.
import { initAll } from '../lib/govuk/govuk-frontend.min.js'

initAll()

// GOV.UK Frontend marks a radio that reveals more questions with aria-expanded, which ARIA does not allow on a radio
// (axe: aria-allowed-attr). The radio's checked state already says whether its questions are shown, and aria-controls
// still ties it to them, so the attribute is taken off once GOV.UK Frontend has set it: at start, when the page is
// shown (again, from the back-forward cache) and after each choice (a choice made with the keyboard is a click too).
const withoutExpanded = () => {
  for (const radio of document.querySelectorAll('input[type="radio"][aria-expanded]')) radio.removeAttribute('aria-expanded')
}
withoutExpanded()
window.addEventListener('pageshow', withoutExpanded)
document.addEventListener('click', withoutExpanded)

// The grade a section's answers suggest, kept up to date as the grader answers: the page asks the service
// (which holds the framework's rules) after each answer or grade chosen, and shows its reply in the page's
// live region. Without JavaScript the suggestion is given when the section is saved. A page with every section
// on it names each section's fields under a prefix of its own (data-live-prefix): only that section's choices
// are sent, named as the section's own page names them.
for (const region of document.querySelectorAll('[data-live-suggestion]')) {
  const form = region.closest('form')
  if (!form) continue
  const prefix = region.dataset.livePrefix || 'Form.'
  const own = name => name.startsWith(prefix)
  const local = name => `Form.${name.slice(prefix.length)}`
  const isChoice = name => name.startsWith('Form.Answers[') || name === 'Form.Grade' || name === 'Form.Rating'
  let asked = 0
  const ask = async () => {
    const mine = ++asked
    // Only the choices made, never text written: whether a reason is given, not the reason.
    const query = new URLSearchParams()
    for (const field of form.elements) {
      if (!own(field.name || '')) continue
      const name = local(field.name)
      if (field.type === 'radio' && field.checked && isChoice(name)) {
        query.append(name, field.value)
      } else if (field.tagName === 'SELECT' && name.startsWith('Form.Answers[')) {
        query.append(name, field.value)
      } else if (name === 'Form.OverrideReason' && field.value.trim() !== '') {
        query.append(name, 'given')
      }
    }
    try {
      const response = await fetch(`${region.dataset.liveSuggestion}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (!response.ok || mine !== asked) return
      const reply = await response.json()
      if (mine !== asked) return
      region.textContent = reply.text
      region.dataset.reasonNeeded = reply.reasonNeeded ? 'true' : 'false'
    } catch {
      // Left as it was: the suggestion is still given on saving.
    }
  }
  form.addEventListener('change', event => {
    const name = event.target.name || ''
    if (own(name) && isChoice(local(name))) ask()
  })
  // A reason typed or cleared changes whether one is still needed.
  form.addEventListener('input', event => {
    const name = event.target.name || ''
    if (own(name) && local(name) === 'Form.OverrideReason') {
      clearTimeout(region.reasonTimer)
      region.reasonTimer = setTimeout(ask, 400)
    }
  })
}

// The progress of a register import, shown while the service carries it out: the form is sent as usual (the browser
// waits on this page for the answer), and meanwhile the page asks the service how far the import has gone, once a
// second, and says so in its status region. Without JavaScript the import is the same, without the progress.
for (const form of document.querySelectorAll('form[data-import-progress]')) {
  const region = form.querySelector('[data-import-progress-region]')
  const text = form.querySelector('[data-import-progress-text]')
  if (!region || !text) continue
  form.addEventListener('submit', () => {
    region.hidden = false
    const ask = async () => {
      try {
        const response = await fetch(form.dataset.importProgress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        if (response.ok) {
          const reply = await response.json()
          if (reply.text) text.textContent = reply.text
        }
      } catch {
        // Left as it was: the page moves on when the import is done.
      }
    }
    setInterval(ask, 1000)
  })
}
